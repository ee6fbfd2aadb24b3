package lactracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file encrypted with its key (H2's CIPHER=AES): opened with it, refused plainly without it. */
class EncryptedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void theRightKeyOpensItAndAWrongKeyOrNoneIsRefusedWithAPlainSentence() {
        FileKey key = FileKey.random();
        Path db = dir.resolve("tracker");
        try (Database d = Database.open(db, key)) {
            d.dsl().execute("CREATE TABLE scratch (id INT PRIMARY KEY, body VARCHAR(100))");
            d.dsl().execute("INSERT INTO scratch VALUES (1, 'kept')");
        }
        try (Database d = Database.open(db, key)) {
            assertThat(d.dsl().fetchValue("SELECT body FROM scratch WHERE id = 1")).isEqualTo("kept");
        }
        for (FileKey wrong : new FileKey[] {FileKey.random(), FileKey.NONE}) {
            assertThatThrownBy(() -> Database.open(db, wrong)).isInstanceOf(StoreException.class)
                    .hasMessage("The database could not be opened: the key does not match this database.");
        }
        try (Database d = Database.open(db, key)) {
            assertThat(d.dsl().fetchValue("SELECT COUNT(*) FROM scratch")).isEqualTo(1L);
        }
    }

    @Test
    void aPlainDatabaseOpenedWithAKeyIsRefusedAndLeftAsItWas() throws Exception {
        Path db = dir.resolve("plain");
        Database.open(db).close();
        byte[] before = java.nio.file.Files.readAllBytes(Database.fileOf(db));

        assertThatThrownBy(() -> Database.open(db, FileKey.random())).isInstanceOf(StoreException.class)
                .hasMessage("The database could not be opened: the key does not match this database.");
        assertThat(java.nio.file.Files.readAllBytes(Database.fileOf(db))).isEqualTo(before);
    }

    @Test
    void aBackupOfAnEncryptedDatabaseIsCheckedAndRestoredWithItsKey() throws Exception {
        FileKey key = FileKey.random();
        Path db = dir.resolve("tracker");
        Path zip = dir.resolve("backup.zip");
        try (Database d = Database.open(db, key)) {
            Repositories.over(d, "admin", java.time.Clock.systemUTC()).children()
                    .insert(lactracker.testdata.ChildBuilder.aChild().withLaId("E1").build());
            var contents = Backup.write(d, zip, "admin", "test", java.time.Instant.now(), () -> false);
            assertThat(contents.rows("child")).isEqualTo(1);
        }
        Path restored = dir.resolve("restored");
        Backup.restore(zip, Backup.read(zip), Database.fileOf(restored), dir.resolve("kept.mv.db"), key, () -> false);
        try (Database d = Database.open(restored, key)) {
            assertThat(d.dsl().fetchValue("SELECT la_child_id FROM child")).isEqualTo("E1");
        }
    }
}
