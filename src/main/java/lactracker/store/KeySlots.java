package lactracker.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import lactracker.domain.Words;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The database's key, kept wrapped once per account and once for the recovery key, the way disk encryption
 * keeps key slots (issue 21): each slot holds the database's {@link FileKey} encrypted (AES-GCM) with a key
 * derived from that person's password (Argon2id), so signing in opens the database, changing a password
 * re-wraps one slot, and no person ever types the database's own key. The slots live in a file beside the
 * database ({@code NAME.keys.json}), readable by its owner only; a slot tells nothing without its password.
 */
public final class KeySlots {
    /** The slot that the recovery key opens, shown once at set-up to be printed and kept in a safe. */
    public static final String RECOVERY = "recovery";
    private static final String SUFFIX = ".keys.json";
    private static final int FORMAT = 1;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Argon2id's costs: memory in KiB, passes, lanes. {@link #STANDARD} is OWASP's first choice (2025); a slot
     * keeps the costs it was made with, so they can be raised later without losing the older slots.
     */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        public static final Cost STANDARD = new Cost(47_104, 1, 1);
        /** For tests that make many slots: cheap, and never for a real database. */
        public static final Cost QUICK = new Cost(1_024, 1, 1);
    }

    /** One wrapped copy of the key: whose it is, how its wrapping key was derived, and the key encrypted. */
    public record Slot(@JsonProperty("name") String name, @JsonProperty("salt") byte[] salt,
            @JsonProperty("memoryKiB") int memoryKiB, @JsonProperty("iterations") int iterations,
            @JsonProperty("parallelism") int parallelism, @JsonProperty("nonce") byte[] nonce,
            @JsonProperty("wrapped") byte[] wrapped) {
    }

    private record Stored(@JsonProperty("format") int format, @JsonProperty("slots") List<Slot> slots) {
    }

    /** A password, username or recovery key that does not open its slot; the message says which is wrong only as "this". */
    public static final class WrongSecret extends StoreException {
        WrongSecret() {
            super(Words.get("store.keys.wrongSecret"));
        }
    }

    private final List<Slot> slots;

    private KeySlots(List<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    /** The alphabet of a recovery key: no 0/O, 1/I/L or U/V to misread from paper. */
    private static final char[] RECOVERY_LETTERS = "23456789ABCDEFGHJKMNPQRSTWXYZ".toCharArray();

    /** A new recovery key to show once and print: five groups of five letters and digits (about 120 bits). */
    public static String newRecoveryKey() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            if (i > 0 && i % 5 == 0) {
                key.append('-');
            }
            key.append(RECOVERY_LETTERS[RANDOM.nextInt(RECOVERY_LETTERS.length)]);
        }
        return key.toString();
    }

    /** A recovery key as typed (any case, spaces or none) in the form it was made in. */
    public static char[] recoveryKeyAsMade(String typed) {
        String letters = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0 && i % 5 == 0) {
                key.append('-');
            }
            key.append(letters.charAt(i));
        }
        return key.toString().toCharArray();
    }

    /** No slots yet: the first is added at set-up, with the first administrator's password. */
    public static KeySlots none() {
        return new KeySlots(List.of());
    }

    /** The slots file of the database at {@code database} (given with or without H2's .mv.db ending). */
    public static Path fileFor(Path database) {
        Path file = Database.fileOf(database);
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + SUFFIX);
    }

    public List<String> names() {
        return slots.stream().map(Slot::name).toList();
    }

    /** These slots with {@code name}'s wrapping {@code key} under {@code secret}, in place of any it had. */
    public KeySlots with(String name, char[] secret, FileKey key, Cost cost) {
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        byte[] wrapping = derive(secret, salt, cost.memoryKiB(), cost.iterations(), cost.parallelism());
        byte[] wrapped;
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(wrapping, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(aad(name));
            wrapped = aes.doFinal(key.bytes());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17", e);
        } finally {
            Arrays.fill(wrapping, (byte) 0);
        }
        List<Slot> next = new ArrayList<>(slots.stream().filter(s -> !s.name().equals(key(name))).toList());
        next.add(new Slot(key(name), salt, cost.memoryKiB(), cost.iterations(), cost.parallelism(), nonce, wrapped));
        return new KeySlots(next);
    }

    /** These slots without {@code name}'s (an account disabled, its password no longer opening anything). */
    public KeySlots without(String name) {
        return new KeySlots(slots.stream().filter(s -> !s.name().equals(key(name))).toList());
    }

    /**
     * The database's key, unwrapped with {@code name}'s {@code secret}.
     *
     * @throws WrongSecret when there is no such slot or the secret does not open it (one message for both)
     */
    public FileKey open(String name, char[] secret) {
        Slot slot = slots.stream().filter(s -> s.name().equals(key(name))).findFirst().orElse(null);
        if (slot == null) {
            derive(secret, random(SALT_BYTES), Cost.STANDARD.memoryKiB(), 1, 1); // as long as a real try
            throw new WrongSecret();
        }
        byte[] wrapping = derive(secret, slot.salt(), slot.memoryKiB(), slot.iterations(), slot.parallelism());
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(wrapping, "AES"), new GCMParameterSpec(TAG_BITS, slot.nonce()));
            aes.updateAAD(aad(slot.name()));
            return FileKey.of(aes.doFinal(slot.wrapped()));
        } catch (AEADBadTagException e) {
            throw new WrongSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17", e);
        } finally {
            Arrays.fill(wrapping, (byte) 0);
        }
    }

    /**
     * Reads the slots beside the database at {@code database}.
     *
     * @throws StoreException with a plain sentence when the file is missing or damaged
     */
    public static KeySlots read(Path database) {
        Path file = fileFor(database);
        try {
            Stored stored = JSON.readValue(Files.readAllBytes(file), Stored.class);
            if (stored.format() != FORMAT || stored.slots() == null) {
                throw new StoreException(Words.format("store.keys.damaged", file.getFileName()));
            }
            return new KeySlots(stored.slots());
        } catch (NoSuchFileException e) {
            throw new StoreException(Words.format("store.keys.missing", file.getFileName(),
                    Database.fileOf(database).getFileName()), e);
        } catch (IOException e) {
            throw new StoreException(Words.format("store.keys.damaged", file.getFileName()), e);
        }
    }

    /** Writes the slots beside the database, whole or not at all, readable by the owner only. */
    public void write(Path database) {
        Path file = fileFor(database);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
                OwnerOnly.folder(file.getParent()); // a folder made for the database is its owner's alone
            }
            Files.write(part, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stored(FORMAT, slots)));
            OwnerOnly.file(part);
            try (var channel = java.nio.channels.FileChannel.open(part, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Words.format("store.keys.notWritten", file.getFileName()), e);
        }
    }

    /** Names are matched as typed at sign-in, whatever their case. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The slot's name is bound into the encryption: a slot copied under another name does not open. */
    private static byte[] aad(String name) {
        return ("lac-tracker-slot:" + key(name)).getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the key derivation once at the least cost, so that the first sign-in does not load it. */
    public static void warmUp() {
        derive(new char[] {'w'}, new byte[16], Cost.QUICK.memoryKiB(), 1, 1);
    }

    private static byte[] derive(char[] secret, byte[] salt, int memoryKiB, int iterations, int parallelism) {
        Argon2BytesGenerator argon = new Argon2BytesGenerator();
        argon.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKiB).withIterations(iterations).withParallelism(parallelism).build());
        byte[] out = new byte[32];
        argon.generateBytes(secret, out);
        return out;
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}
