package lactracker.app;

import lactracker.testdata.Databases;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import lactracker.domain.UserFacingException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Issue 19's fuzz campaign on the 903 extract: header and episodes files made of good rows, broken ones
 * (bad dates and codes, long fields, rows cut short or too long, stray quotes, blank lines, bytes that are
 * not text) never crash the import nor write part of it. The file is refused whole with a plain reason, or
 * every row is imported or rejected with its file, line and reason, and the import writes what the check said.
 */
class Import903Properties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    private Path dir;
    private AppContext context;

    @BeforeTry
    void open() throws Exception {
        dir = Files.createTempDirectory("lac-903-property");
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "lead");
    }

    @AfterTry
    void close() throws Exception {
        context.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Property(tries = 50)
    void aBrokenExtractIsRefusedOrItsGoodRowsImportedAndEveryOtherNamed(@ForAll("headerRows") List<String> header,
            @ForAll("episodeRows") List<String> episodes, @ForAll("noise") String noise) throws Exception {
        Path extract = Files.createDirectories(dir.resolve("extract"));
        Files.write(extract.resolve("header.csv"), (HEADER + "\n" + String.join("\n", header) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(extract.resolve("episodes.csv"), (EPISODES + "\n" + String.join("\n", episodes) + "\n" + noise)
                .getBytes(StandardCharsets.ISO_8859_1));
        Import903 importer = Import903.of(context);

        Import903.Plan plan;
        try {
            plan = importer.check(List.of(extract), "fuzz");
        } catch (UserFacingException refused) { // the whole file refused: said plainly, nothing written
            net.jqwik.api.statistics.Statistics.collect("refused whole");
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("Exception");
            assertThat(context.childrenCount()).isZero();
            return;
        }
        assertThat(plan.rejections()).allSatisfy(r -> {
            assertThat(r.file()).isIn("header.csv", "episodes.csv");
            assertThat(r.line()).isPositive();
            assertThat(r.reason()).isNotBlank().doesNotContain("Exception");
        });
        int newChildren = plan.summaries().stream().filter(t -> t.name().equals("header")).mapToInt(t -> t.created()).sum();
        int newEpisodes = plan.summaries().stream().filter(t -> t.name().equals("episodes")).mapToInt(t -> t.created()).sum();

        net.jqwik.api.statistics.Statistics.collect(newChildren > 0 ? "children imported" : "nothing to import");
        // the property is worth something only if some tries import and some reject
        net.jqwik.api.statistics.Statistics.coverage(c -> c.check("children imported").count(n -> n >= 3));
        importer.apply(plan, "lead");

        assertThat(context.childrenCount()).as("the children the check said").isEqualTo(newChildren);
        assertThat(context.database().dsl().fetchCount(context.database().dsl().selectFrom("episode")))
                .as("the episodes the check said").isEqualTo(newEpisodes);
    }

    @Provide
    Arbitrary<List<String>> headerRows() {
        Arbitrary<String> child = Arbitraries.of("C1", "C2", "C3", "", "C" + "9".repeat(30), "\"C1\"", "C\"4");
        Arbitrary<String> sex = Arbitraries.of("1", "2", "", "9");
        Arbitrary<String> dob = Arbitraries.of("01/01/2010", "29/02/2012", "31/02/2012", "2010-01-01", "", "01/01/1850",
                "01/01/2031");
        Arbitrary<String> ethnic = Arbitraries.of("WBRI", "MOTH", "", "XXXX");
        Arbitrary<String> upn = Arbitraries.of("", "A123456789012", "A1234567890123456");
        Arbitrary<String> row = Combinators.combine(child, sex, dob, ethnic, upn).as((c, s, d, e, u) -> String.join(",",
                c, s, d, e, u, "", ""));
        return Arbitraries.oneOf(row, row, row, ragged(row)).list().ofMinSize(0).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> episodeRows() {
        Arbitrary<String> child = Arbitraries.of("C1", "C2", "C3", "C9", "");
        Arbitrary<String> date = Arbitraries.of("10/01/2016", "01/02/2016", "15/03/2016", "", "31/13/2016", "01/01/2040");
        Arbitrary<String> rne = Arbitraries.of("S", "P", "L", "T", "U", "", "Q");
        Arbitrary<String> ls = Arbitraries.of("C2", "V2", "V3", "J1", "", "ZZ");
        Arbitrary<String> place = Arbitraries.of("U1", "T2", "A3", "", "??");
        Arbitrary<String> rec = Arbitraries.of("", "X1", "E11", "XX");
        Arbitrary<String> post = Arbitraries.of("", "EG19 7TT", "NOT A POSTCODE AT ALL");
        Arbitrary<String> row = Combinators.combine(List.of(child, date, rne, ls, place, date, rec, post))
                .as(f -> String.join(",", f.get(0), f.get(1), f.get(2), f.get(3), "N3", f.get(4), "PR1", f.get(5),
                        f.get(6), "", f.get(7), f.get(7), "1234567"));
        return Arbitraries.oneOf(row, row, row, ragged(row)).list().ofMinSize(0).ofMaxSize(20);
    }

    /** A row broken in one of the ways a hand-edited CSV breaks. */
    private static Arbitrary<String> ragged(Arbitrary<String> row) {
        return Combinators.combine(row, Arbitraries.integers().between(0, 5)).as((r, how) -> switch (how) {
            case 0 -> r.substring(0, r.length() / 2); // cut short
            case 1 -> r + ",extra,fields";
            case 2 -> "\"" + r; // a quote never closed
            case 3 -> "";
            case 4 -> r.replace(',', ';');
            default -> r + "," + "x".repeat(12_000); // a field far too long
        });
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars((char) 0, (char) 0xff).ofMaxLength(40));
    }
}
