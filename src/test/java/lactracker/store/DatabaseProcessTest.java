package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import lactracker.domain.Child;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database as seen from other processes: killed writers and a second window. */
@org.junit.jupiter.api.Tag("campaign")
class DatabaseProcessTest {
    private static final int ROUNDS = 6;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLosesNoAcknowledgedTransactionAndLeavesNoPartOfAnother() throws Exception {
        Path dbPath = dir.resolve("crash");
        Random random = new Random(20261126L);
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = "R" + round + "-";
            int killAfter = 5 + random.nextInt(60);
            Process writer = start("write", dbPath.toString(), prefix);
            int lastAck = -1;
            try (BufferedReader out = reader(writer)) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        lastAck = Integer.parseInt(line.substring(4));
                        if (lastAck + 1 >= killAfter) {
                            break;
                        }
                    }
                }
                // Frozen where it is (the kill below lands at the same point), then what it acknowledged
                // meanwhile is read: on a loaded machine the writer could commit and acknowledge more while
                // this side decided to kill it, and those acknowledgements count too.
                new ProcessBuilder("kill", "-STOP", String.valueOf(writer.pid())).start().waitFor();
                while (out.ready() && (line = out.readLine()) != null) {
                    if (line.matches("ACK \\d+")) {
                        lastAck = Math.max(lastAck, Integer.parseInt(line.substring(4)));
                    }
                }
                writer.destroyForcibly(); // kill -9: no shutdown hook, no clean close
                writer.waitFor(30, TimeUnit.SECONDS);
            }
            // When the writer stopped by itself, what it said is the explanation (a rare failure under load).
            String said = lastAck + 1 >= killAfter ? "" : java.nio.file.Files.readString(
                    Path.of(System.getProperty("java.io.tmpdir"), "lac-tracker-writer.err"));
            assertThat(lastAck).as("round %d: the writer acknowledged transactions; it said: %s", round, said)
                    .isGreaterThanOrEqualTo(killAfter - 1);

            final int acknowledged = lastAck;
            final int r = round;
            try (Database db = Database.open(dbPath)) {
                Repositories repos = Repositories.over(db, "check", Clock.systemUTC());
                for (int n = 0; n <= lastAck; n++) {
                    Child child = repos.children().findByLaChildId(prefix + n).orElse(null);
                    assertThat(child).as("round %d: acknowledged child %d is there", round, n).isNotNull();
                    assertThat(repos.episodes().findByChild(child.id()))
                            .as("round %d: acknowledged child %d is whole", round, n)
                            .hasSize(DatabaseWriterProcess.EPISODES_PER_CHILD);
                }
                // The transaction in flight when killed is either all there or not there at all.
                repos.children().findByLaChildId(prefix + (acknowledged + 1)).ifPresent(child ->
                        assertThat(repos.episodes().findByChild(child.id()))
                                .as("round %d: the unacknowledged transaction is whole", r)
                                .hasSize(DatabaseWriterProcess.EPISODES_PER_CHILD));
                assertThat(repos.children().findByLaChildId(prefix + (lastAck + 2))).isEmpty();
            }
        }
    }

    @Test
    void aSecondProcessIsToldTheDatabaseIsOpenInAnotherWindow() throws Exception {
        Path dbPath = dir.resolve("shared");
        Process holder = start("hold", dbPath.toString());
        try (BufferedReader out = reader(holder)) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("READY"));
            assertThat(line).as("the other process opened the database").isEqualTo("READY");

            assertThatThrownBy(() -> Database.open(dbPath))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageStartingWith("The database is open in another window.");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database db = Database.open(dbPath)) {
            assertThat(db.file()).exists();
        }
    }

    private static Process start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), DatabaseWriterProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(new File(System.getProperty("java.io.tmpdir"), "lac-tracker-writer.err"))
                .start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
