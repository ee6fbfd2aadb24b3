package lactracker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import lactracker.domain.Words;

/**
 * Encrypts a database file made before issue 21, or restored from a plain backup, in place (issue 21): an
 * encrypted copy is made beside it with H2's own tool, every table of the copy is compared with the
 * original, and only then does the copy take the file's name, so the plain file is gone. Until that move,
 * the plain file is untouched; a process killed before it leaves the plain file, which the next sign-in
 * encrypts again.
 */
public final class PlainToEncrypted {
    private PlainToEncrypted() {
    }

    /**
     * @param mvDb the closed, plain database file ({@code NAME.mv.db})
     * @param key  the key it is encrypted with (the one its key slots hold)
     * @throws StoreException when the copy cannot be made, or differs from the original: nothing changes
     */
    public static void convert(Path mvDb, FileKey key) {
        if (!key.encrypts() || !Files.exists(mvDb) || Database.encrypted(mvDb)) {
            return;
        }
        Path folder = mvDb.toAbsolutePath().getParent();
        Path work = null;
        try {
            Database.ensureRoom(folder, 2 * Files.size(mvDb) + (64L << 20), Words.get("store.room.encrypt"));
            work = Files.createTempDirectory(folder, ".lac-encrypt-");
            OwnerOnly.folder(work);
            Path copy = work.resolve("encrypted.mv.db");
            Files.copy(mvDb, copy);
            OwnerOnly.file(copy);
            org.h2.tools.ChangeFileEncryption.execute(work.toString(), "encrypted", "AES", null,
                    key.password().strip().toCharArray(), true);
            Map<String, lactracker.domain.BackupContents.TableSum> before = Backup.sums(mvDb, FileKey.NONE, () -> false);
            Map<String, lactracker.domain.BackupContents.TableSum> after = Backup.sums(copy, key, () -> false);
            if (!before.equals(after) || !Database.encrypted(copy)) {
                throw new StoreException(Words.get("store.encrypt.differs"));
            }
            Files.move(copy, mvDb, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(DiskFull.is(e) ? Words.get("store.encrypt.diskFull")
                    : Words.format("store.encrypt.failed", Backup.reason(e)), e);
        } catch (SQLException e) {
            throw new StoreException(Words.format("store.encrypt.failed", Backup.reason(e)), e);
        } finally {
            Backup.deleteQuietly(work);
        }
    }
}
