package lactracker.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A screen's lines about many children, kept in order, with one child's lines replaced after a change
 * to that child: the merge and sort are done in the background (at national scale they are a list of
 * 100,000), and put in place on the UI thread.
 *
 * @param childOf the child a line is about
 */
public record ChildLines<L>(ToLongFunction<L> childOf, Comparator<? super L> order) {

    /** {@code all} without {@code childId}'s lines, with {@code fresh} instead, in order. */
    public List<L> replaced(List<L> all, long childId, List<L> fresh) {
        List<L> next = new ArrayList<>(all.size() + fresh.size());
        for (L line : all) {
            if (childOf.applyAsLong(line) != childId) {
                next.add(line);
            }
        }
        next.addAll(fresh);
        next.sort(order);
        return List.copyOf(next);
    }

    /** Worked out in the background over the lines as they were; see {@link Replacement#onto}. */
    public Replacement<L> replace(List<L> before, long childId, List<L> fresh) {
        return new Replacement<>(this, before, childId, fresh, replaced(before, childId, fresh));
    }

    /** One child's new lines merged into the lines as they were when the work began. */
    public record Replacement<L>(ChildLines<L> lines, List<L> before, long childId, List<L> fresh, List<L> merged) {
        /** The merged lines, or merged again over {@code current} if the lines changed meanwhile. */
        public List<L> onto(List<L> current) {
            return current == before ? merged : lines.replaced(current, childId, fresh);
        }
    }
}
