package lactracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Issue 19: a failure the user can act on gets its own sentence, whatever H2 wraps it in. */
class CliFailuresTest {
    @Test
    void aFullDiskIsNamedThoughH2WrapsItInACircleOfCauses() {
        RuntimeException store = new RuntimeException("Writing to FileChannelImpl failed; length 12288 at 5242880");
        RuntimeException sql = new RuntimeException("General error", store);
        store.initCause(sql); // H2's chains go round: the store's exception and the SQL one cite each other
        RuntimeException top = new RuntimeException("SQL [insert into CASE_CHANGED]", sql);
        top.addSuppressed(new IllegalStateException("rollback", new IOException("No space left on device")));

        assertThat(Cli.diskFull(top))
                .isEqualTo("The disk is full: free some space and run it again. Nothing of this command was saved.");
    }

    @Test
    void otherFailuresAreNotTakenForAFullDisk() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(Cli.diskFull(b)).isNull();
    }
}
