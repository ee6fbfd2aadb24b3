package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lactracker.domain.NhsNumber;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No name of a demo or test child and no NHS number in the logs the whole quick set wrote (issue 21):
 * every screen driven, every import, export, backup and failure the tests cause. Runs after the quick set
 * ({@code ./mvnw verify}, with the campaigns), over {@code target/test-logs}.
 */
@Tag("logs")
class PersonalDataInLogsTest {
    /** An NHS number as it may be written: ten digits, or 3-3-4 with spaces or dashes, valid by its check digit. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d.])");

    /** The names of the invented children: a demo given name with "Demo", and the test builders' own. */
    static Pattern names() {
        return Pattern.compile("\\b(" + String.join("|", DemoData.givenNames()) + ")\\s+Demo\\b|\\bFakename\\b|\\bTesta\\b");
    }

    /** The lines of {@code text} that name a child or hold an NHS number. */
    static List<String> personalData(List<String> lines) {
        Pattern names = names();
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            boolean leaks = names.matcher(line).find();
            Matcher n = NUMBER.matcher(line);
            while (!leaks && n.find()) {
                leaks = NhsNumber.isValid(n.group(1) + n.group(2) + n.group(3));
            }
            if (leaks) {
                found.add(line);
            }
        }
        return found;
    }

    @Test
    void theCheckFindsANameOrANhsNumberWhereverItIs() {
        assertThat(personalData(List.of("INFO Child saved: Quinn Demo", "WARN refused 943 476 5919 for the child",
                "ERROR at line 3: Fakename", "INFO 9434765919 read", "INFO Database ready in 940 ms",
                "INFO 1234567890 is not valid", "INFO time 1733390000.123456"))).hasSize(4);
    }

    @Test
    void theQuickSetsLogsHoldNoChildsNameAndNoNhsNumber() throws IOException {
        Path folder = Path.of("target", "test-logs");
        Assumptions.assumeTrue(Files.isDirectory(folder), "the quick set has not run in this build");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> logs = Files.list(folder)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                lines.addAll(Files.readAllLines(log));
            }
        }
        assertThat(lines).as("the quick set logs what it does").anyMatch(l -> l.contains(" lactracker."));
        assertThat(personalData(lines)).as("lines of the test logs naming a child or holding an NHS number").isEmpty();
    }
}
