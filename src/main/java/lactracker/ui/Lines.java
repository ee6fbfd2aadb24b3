package lactracker.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * A table's lines, which a new list replaces without the table making its rows again. JavaFX's table
 * empties and refills every row (and restyles each) when its whole list is removed or replaced in one
 * change, as {@code setAll} does: at 100,000 children that took a search to about 100 ms on the UI
 * thread. {@link #show} makes three changes instead, none of them removing the whole list, so each row
 * goes straight to its new line. The three cost one copy of the new list (JavaFX's own lists remove a
 * range one line at a time from its start: a second at 100,000 lines).
 */
public final class Lines<E> extends ModifiableObservableListBase<E> {
    private List<E> items = new ArrayList<>();
    private javafx.scene.control.TableView<E> table;

    /**
     * Shows the lines in {@code table}, which keeps the meaning of a whole new list: no line chosen.
     * (Without this, removing the old lines in pieces moves the table's choice to another line.) Listeners
     * on the list also see the old lines first for a moment: a list whose chosen line feeds a form (the
     * Payments and Escalations screens) keeps {@code setAll}.
     */
    public void showIn(javafx.scene.control.TableView<E> table) {
        table.setItems(this);
        this.table = table;
    }

    /** Shows {@code next} in place of the lines shown now. */
    public void show(List<E> next) {
        if (table != null) {
            table.getSelectionModel().clearSelection();
        }
        List<E> old = items;
        if (old.size() < 2 || next.isEmpty()) {
            setAll(next);
            return;
        }
        // The new lines arrive after the old ones, then all the old lines but the first go, then the first.
        // The lists in between are views: copies of 100,000 lines are large enough to bring on a collection.
        change(new Joined<>(old, next), () -> nextAdd(old.size(), old.size() + next.size()));
        change(new Joined<>(old.subList(0, 1), next), () -> nextRemove(1, old.subList(1, old.size())));
        change(new ArrayList<>(next), () -> nextRemove(0, old.get(0)));
    }

    /** One list after the other, read only. */
    private static final class Joined<E> extends java.util.AbstractList<E> {
        private final List<E> first;
        private final List<E> then;

        Joined(List<E> first, List<E> then) {
            this.first = first;
            this.then = then;
        }

        @Override
        public E get(int index) {
            return index < first.size() ? first.get(index) : then.get(index - first.size());
        }

        @Override
        public int size() {
            return first.size() + then.size();
        }
    }

    /** Replaces every line in one change, as JavaFX's own lists do, but in one copy. */
    @Override
    public boolean setAll(java.util.Collection<? extends E> next) {
        List<E> old = items;
        List<E> now = new ArrayList<>(next);
        change(now, () -> {
            if (!old.isEmpty()) {
                nextRemove(0, old);
            }
            if (!now.isEmpty()) {
                nextAdd(0, now.size());
            }
        });
        return true;
    }

    @Override
    public void clear() {
        setAll(List.of());
    }

    private void change(List<E> now, Runnable describe) {
        beginChange();
        items = now;
        describe.run();
        endChange();
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void doAdd(int index, E element) {
        items.add(index, element);
    }

    @Override
    protected E doSet(int index, E element) {
        return items.set(index, element);
    }

    @Override
    protected E doRemove(int index) {
        return items.remove(index);
    }
}
