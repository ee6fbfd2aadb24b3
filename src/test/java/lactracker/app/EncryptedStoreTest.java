package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import lactracker.domain.Access;
import lactracker.domain.Child;
import lactracker.store.FileKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's first Done-when line: what `strings` would find in the file of a demo database. Encrypted, no
 * child's name, NHS number or LA id is there; the same demo in a plain file shows them (so the search is
 * one that would find them).
 */
class EncryptedStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aDemoDatabaseEncryptedHoldsNoNameNhsNumberOrLaIdThatStringsWouldFind() throws Exception {
        FileKey key = FileKey.random();
        List<String> secrets = demo(dir.resolve("encrypted"), key);
        List<String> plainSecrets = demo(dir.resolve("plain"), FileKey.NONE);

        String encrypted = strings(dir.resolve("encrypted.mv.db"));
        String plain = strings(dir.resolve("plain.mv.db"));
        assertThat(secrets).hasSizeGreaterThan(300);
        assertThat(secrets).filteredOn(encrypted::contains).as("found in the encrypted file").isEmpty();
        assertThat(plainSecrets).filteredOn(plain::contains).as("found in the plain file, so the search works")
                .hasSizeGreaterThan(plainSecrets.size() / 2);
    }

    /**
     * Fills a new database with 200 demo children; their given names, NHS numbers and LA ids, those of six
     * characters or more (a shorter one, "Kai", turned up by chance among an encrypted file's random bytes).
     */
    private static List<String> demo(Path db, FileKey key) {
        List<String> secrets = new ArrayList<>();
        try (AppContext c = AppContext.open(db, CLOCK, "admin", Access.ADMINISTRATOR, key)) {
            new AppServices(c).demo().fill(200, 7, d -> { });
            for (Child child : c.repositories().children().findAll()) {
                secrets.add(child.givenName());
                secrets.add(child.laChildId());
                if (child.nhsNumber() != null) {
                    secrets.add(child.nhsNumber());
                }
            }
        }
        return secrets.stream().filter(s -> s.length() >= 6).toList();
    }

    /** The runs of four or more printable characters in the file, as `strings` prints them. */
    private static String strings(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        StringBuilder out = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= bytes.length; i++) {
            boolean printable = i < bytes.length && bytes[i] >= 0x20 && bytes[i] < 0x7f;
            if (printable && start < 0) {
                start = i;
            } else if (!printable && start >= 0) {
                if (i - start >= 4) {
                    out.append(new String(bytes, start, i - start, StandardCharsets.US_ASCII)).append('\n');
                }
                start = -1;
            }
        }
        return out.toString();
    }
}
