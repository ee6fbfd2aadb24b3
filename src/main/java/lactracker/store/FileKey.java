package lactracker.store;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The key a database file is encrypted with (H2's {@code CIPHER=AES}): random, never typed by a person,
 * kept only wrapped in the key slots beside the database ({@link KeySlots}). {@link #NONE} is a plain file.
 */
public final class FileKey {
    /** A database file that is not encrypted (tests, and a database made before issue 21). */
    public static final FileKey NONE = new FileKey(null);
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private FileKey(byte[] key) {
        this.key = key;
    }

    /** A new random key, for a new encrypted database. */
    public static FileKey random() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new FileKey(key);
    }

    static FileKey of(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a database key is " + BYTES + " bytes");
        }
        return new FileKey(key.clone());
    }

    public boolean encrypts() {
        return key != null;
    }

    byte[] bytes() {
        return key.clone();
    }

    /** What the JDBC URL adds for this key. */
    String urlSuffix() {
        return key == null ? "" : ";CIPHER=AES";
    }

    /**
     * The password H2 is given: with a cipher, the file's password, a space, then the user's (empty: the
     * file's key is the lock, and H2's own user is never a person).
     */
    String password() {
        return key == null ? "" : HexFormat.of().formatHex(key) + " ";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileKey other && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return key == null ? "none" : "secret"; // never the key itself, in a log or a message
    }
}
