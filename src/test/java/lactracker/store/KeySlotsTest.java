package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import lactracker.store.KeySlots.Cost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's key wrapped once per account and once for the recovery key (issue 21). */
class KeySlotsTest {
    @TempDir
    Path dir;

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void eachSlotOpensWithItsOwnSecretOnlyAndGivesTheSameKey() {
        FileKey key = FileKey.random();
        KeySlots slots = KeySlots.none().with("Admin", pw("correct horse battery"), key, Cost.QUICK)
                .with(KeySlots.RECOVERY, pw("K7Q2M-XD4PA-9RWTE-HN3BC"), key, Cost.QUICK);
        slots.write(dir.resolve("tracker"));

        KeySlots read = KeySlots.read(dir.resolve("tracker"));
        assertThat(read.names()).containsExactly("admin", "recovery");
        assertThat(read.open("admin", pw("correct horse battery"))).isEqualTo(key);
        assertThat(read.open("ADMIN ", pw("correct horse battery"))).as("the name as typed, any case").isEqualTo(key);
        assertThat(read.open(KeySlots.RECOVERY, pw("K7Q2M-XD4PA-9RWTE-HN3BC"))).isEqualTo(key);
        assertThatThrownBy(() -> read.open("admin", pw("correct horse battery!"))).isInstanceOf(KeySlots.WrongSecret.class)
                .hasMessage("The username, password or recovery key is not right. Check them and try again.");
        assertThatThrownBy(() -> read.open("nobody", pw("correct horse battery")))
                .as("no such account: the same words").isInstanceOf(KeySlots.WrongSecret.class);
    }

    @Test
    void aChangedPasswordRewrapsOneSlotAndTheOldPasswordNoLongerOpensIt() {
        FileKey key = FileKey.random();
        KeySlots slots = KeySlots.none().with("admin", pw("first password 1"), key, Cost.QUICK)
                .with("nurse1", pw("nurse's own words"), key, Cost.QUICK);

        KeySlots changed = slots.with("admin", pw("second password 2"), key, Cost.QUICK);

        assertThat(changed.names()).containsExactlyInAnyOrder("admin", "nurse1");
        assertThat(changed.open("admin", pw("second password 2"))).isEqualTo(key);
        assertThatThrownBy(() -> changed.open("admin", pw("first password 1"))).isInstanceOf(KeySlots.WrongSecret.class);
        assertThat(changed.open("nurse1", pw("nurse's own words"))).isEqualTo(key);
        assertThat(changed.without("nurse1").names()).containsExactly("admin");
    }

    @Test
    void aSlotCopiedUnderAnotherNameDoesNotOpen() throws Exception {
        FileKey key = FileKey.random();
        KeySlots.none().with("admin", pw("same words"), key, Cost.QUICK).write(dir.resolve("tracker"));
        Path file = KeySlots.fileFor(dir.resolve("tracker"));
        Files.writeString(file, Files.readString(file).replace("\"admin\"", "\"nurse1\""));

        assertThatThrownBy(() -> KeySlots.read(dir.resolve("tracker")).open("nurse1", pw("same words")))
                .isInstanceOf(KeySlots.WrongSecret.class);
    }

    @Test
    void aMissingOrDamagedKeyFileIsNamedPlainly() throws Exception {
        assertThatThrownBy(() -> KeySlots.read(dir.resolve("tracker"))).isInstanceOf(StoreException.class)
                .hasMessage("The key file tracker.keys.json is not beside the database tracker.mv.db, and without it the "
                        + "encrypted database cannot be opened. Put it back from where it was copied (a backup of the "
                        + "folder), or restore a backup.");
        Files.writeString(KeySlots.fileFor(dir.resolve("tracker")), "{\"format\": 1, \"slots\": [ {\"name\"");
        assertThatThrownBy(() -> KeySlots.read(dir.resolve("tracker"))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The key file tracker.keys.json is damaged");
    }

    @Test
    void theKeyFileIsTheOwnersAloneAndHoldsNoKeyInTheClear() throws Exception {
        FileKey key = FileKey.random();
        KeySlots.none().with("admin", pw("words"), key, Cost.QUICK).write(dir.resolve("tracker"));
        Path file = KeySlots.fileFor(dir.resolve("tracker"));
        String text = Files.readString(file);
        assertThat(text).doesNotContain(key.password().strip()).doesNotContain(
                java.util.Base64.getEncoder().encodeToString(key.bytes()));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(key.toString()).doesNotContain(key.password().strip().substring(0, 8));
    }
}
