package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** messages.properties and the code agree: no key used that is missing, none kept that is unused. */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LOOKUP = Pattern.compile("(?:Messages|Words)\\.(?:get|format)\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z0-9]+(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void aFullDiskIsNamedWhereverTheWindowReportsAFailure() {
        var error = new RuntimeException("export failed", new java.io.UncheckedIOException(
                new IOException("No space left on device")));
        assertThat(Messages.forError(error, "/logs")).startsWith("The disk is full: free some space and try again.");
        assertThat(Messages.forError(new IllegalStateException("a bug"), "/logs")).startsWith("An unexpected problem");
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        // Properties keeps the last of two lines with one key, silently: the first would never be read.
        List<String> keys = new java.util.ArrayList<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/lactracker/messages.properties")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
            }
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyKeyTheCodeLooksUpExists() throws IOException {
        Set<String> keys = keys();
        Set<String> looked = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = LOOKUP.matcher(source);
            while (m.find()) {
                looked.add(m.group(1));
            }
        }
        assertThat(looked).isNotEmpty();
        assertThat(keys).containsAll(looked);
    }

    @Test
    void everyKeyInTheFileIsUsedSomewhere() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        Set<String> unused = new TreeSet<>(keys());
        unused.removeAll(literals);
        unused.removeIf(key -> key.startsWith("lac-tracker.")); // picocli's own keys: CliWordsTest reads them
        assertThat(unused).as("keys no code mentions").isEmpty();
    }

    /** A string literal, taken in order along a line so that the text between two is never read as one. */
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    /** A log call, whole to its semicolon, or the log line handed on after LOG (SaveFailure's), over lines too. */
    private static final Pattern LOGGED = Pattern.compile("LOG(?:\\.\\w+\\(|,)(?:[^;\"]|\"(?:[^\"\\\\]|\\\\.)*\")*");
    /** SQL sent to the database: a text that starts with a statement's or a clause's keyword. */
    private static final Pattern SQL = Pattern.compile("\\s*(SELECT|ALTER|SET|SHUTDOWN|BACKUP|WHERE|ORDER|FROM|INSERT|UPDATE|DELETE|CREATE|INFORMATION_SCHEMA)\\b.*");

    /** {@code source} with what {@code patterns} match blanked out, its lines kept where they were. */
    private static String blanked(String source, Pattern... patterns) {
        for (Pattern p : patterns) {
            source = p.matcher(source).replaceAll(r -> "\n".repeat((int) r.group().chars().filter(c -> c == '\n').count()));
        }
        return source;
    }

    /** Date patterns of DateTimeFormatter: letters and punctuation only of a pattern. */
    private static final Pattern DATE_PATTERN = Pattern.compile("[dMyuHhmsa :/.'-]+");

    /**
     * Files whose strings are data, not sentences: folder names, invented people, the log's pattern, the
     * operating systems' own words for a full disk (read in a failure, never shown).
     */
    private static final Set<String> DATA = Set.of("lactracker/app/AppPaths.java", "lactracker/app/DemoData.java",
            "lactracker/app/LogConfigurator.java", "lactracker/store/DiskFull.java");
    /**
     * The audit sheet's file format, kept beside its ids on purpose: the rows' labels and the sheets' names
     * are audit-sheet.md's own, and the columns are read by the committee's scripts (AuditGoldenTest holds
     * them); a change of words there is a change of the file's format, made in the spec first.
     */
    private static final Set<String> FORMAT = Set.of("lactracker/domain/AuditFigures.java",
            "lactracker/domain/AuditMeasure.java", "lactracker/domain/HealthNeeds.java", "lactracker/io/AuditWorkbook.java");

    private static Stream<Path> walk(String layer) {
        try {
            return Files.walk(SOURCES.resolve("lactracker/" + layer));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everySentenceTheWindowOrAServiceShowsComesFromTheMessages() throws IOException {
        // What a person reads (on a screen, in a refusal, in a reader's reason for a row) is looked up in
        // messages.properties, so it is worded (and could be translated) in one place. Left alone: log text (a LOG call, or the log line handed to SaveFailure
        // after LOG), a programming error's message, date patterns, CSS and font names.
        java.util.List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Stream.of("ui", "app", "domain", "io", "store", "cli").flatMap(MessagesTest::walk)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !DATA.contains(SOURCES.relativize(p).toString().replace('\\', '/')))
                    .filter(p -> !FORMAT.contains(SOURCES.relativize(p).toString().replace('\\', '/'))).toList()) {
                String source = blanked(Files.readString(f), COMMENT, LOGGED);
                int n = 0;
                for (String line : source.split("\n", -1)) {
                    n++;
                    String code = line.replaceAll("//.*$", "");
                    if (code.matches(".*new (?:[\\w.]+\\.)?(IllegalState|IllegalArgument|UnsupportedOperation|Cancellation|DateTimeParse|NoSuchElement|DataAccess)"
                            + "Exception\\(.*") || code.strip().startsWith("assert ")) { // a programming error's message, or one never shown
                        continue;
                    }
                    Matcher m = STRING.matcher(code);
                    while (m.find()) {
                        String text = m.group(1);
                        // Words to a person: two letters in a row, and a space or a capital first; not a code
                        // name in capitals (the 903's LS, PLACE; GTK looked for in an error; a CSV's header line).
                        boolean reads = text.matches(".*[A-Za-z]{2}.*") && !text.matches("[A-Z0-9_,-]+(\\\\r)?(\\\\n)?")
                                && (text.contains(" ") || Character.isUpperCase(text.charAt(0)));
                        if (reads && !DATE_PATTERN.matcher(text).matches() && !text.startsWith("-fx-")
                                && !text.equals("System") && !SQL.matcher(text).matches()
                                && !text.matches("[A-Z0-9]+(/[A-Za-z0-9]+)+")) { // a cipher's name: AES/GCM/NoPadding
                            found.add(SOURCES.relativize(f) + ":" + n + ": " + text);
                        }
                    }
                }
            }
        }
        assertThat(found).as("words on screen written in the code, not in messages.properties").isEmpty();
    }

    @Test
    void everyFormattedTextShowsItsApostrophes() throws IOException {
        // MessageFormat drops a lone ' (it quotes); a text with {0} placeholders must write it ''.
        Properties p = properties();
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            if (text.contains("{0")) {
                assertThat(text.replace("''", "")).as(key).doesNotContain("'");
                assertThat(Messages.format(key, 1, 2, 3, 4, 5, 6, 7, 8)).as(key).doesNotContain("{");
            }
        }
    }

    @Test
    void mnemonicsDoNotCollideWithTheNavigationTheMenusOrEachOther() throws IOException {
        // Alt+letter must do one thing: the navigation and menu letters work on every screen, so no
        // screen's own buttons may reuse them, nor each other's.
        Properties p = properties();
        java.util.Map<Character, String> global = new java.util.HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("nav.") && !key.equals("nav.label") || key.equals("menu.file") || key.equals("menu.help")) {
                Character m = mnemonic(p.getProperty(key));
                if (m != null) { // a screen may have none (Team, Audit trail): Ctrl and its digit open it
                    assertThat(global.put(m, key)).as("mnemonic %s of %s", m, key).isNull();
                }
            }
        }
        for (String screen : new String[] {"import.", "demo.offer.", "children.", "child.", "assessment.", "escalations.", "payments.", "settings.", "team.", "audit.", "health.", "trail.", "lock."}) {
            java.util.Map<Character, String> own = new java.util.HashMap<>(global);
            for (String key : p.stringPropertyNames()) {
                Character m = key.startsWith(screen) ? mnemonic(p.getProperty(key)) : null;
                if (m != null) {
                    assertThat(own.put(m, key)).as("mnemonic %s of %s", m, key).isNull();
                }
            }
        }
    }

    private static Character mnemonic(String text) {
        int i = text.indexOf('_');
        return i < 0 || i + 1 >= text.length() ? null : Character.toLowerCase(text.charAt(i + 1));
    }

    private static Properties properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/lactracker/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys() throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/lactracker/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static java.util.List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
