package lactracker.app;

import lactracker.testdata.Databases;
import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * No row of the team's CSV, however malformed (duplicates, blanks, wrong types, long texts, unknown children),
 * stops the import of the good rows: every row ends either imported or listed as rejected, and the import
 * writes what the check said.
 */
class ImportAssessmentsProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "CHILD,TYPE,REQUEST_RECEIVED,COMPLETED,OUTCOME,ROLE,PRACTITIONER,SDQ_SCORE,OUT_OF_AREA\n";

    private Path dir;
    private AppContext context;

    @BeforeTry
    void open() throws Exception {
        dir = Files.createTempDirectory("lac-import-property");
        context = AppContext.open(Databases.fresh(dir.resolve("db")), CLOCK, "nurse");
        context.repositories().children().insert(aChild().withLaId("A").bornOn(LocalDate.of(2010, 1, 1)).build());
        context.repositories().children().insert(aChild().withLaId("B").bornOn(LocalDate.of(2014, 6, 1)).build());
    }

    @AfterTry
    void close() throws Exception {
        context.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Property(tries = 25)
    void everyRowIsImportedOrRejectedAndTheGoodRowsGoIn(@ForAll("rows") List<String> rows) throws Exception {
        Path file = dir.resolve("tracker.csv");
        Files.writeString(file, HEADER + String.join("\n", rows) + "\n");
        ImportAssessments importer = ImportAssessments.of(context);

        ImportAssessments.Plan plan = importer.check(file);
        assertThat(plan.read()).isEqualTo(rows.size());
        assertThat(plan.createdCount() + plan.updatedCount() + plan.unchanged() + plan.rejectedCount())
                .as("each row counted once").isEqualTo(rows.size());
        assertThat(plan.rejections()).allSatisfy(r -> {
            assertThat(r.line()).isBetween(2, rows.size() + 1);
            assertThat(r.reason()).isNotBlank();
        });

        importer.apply(plan, "nurse");
        int stored = 0;
        for (String child : List.of("A", "B")) {
            long id = context.repositories().children().findByLaChildId(child).orElseThrow().id();
            stored += context.repositories().assessments().findByChild(id).size();
        }
        assertThat(stored).isEqualTo(plan.createdCount());
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> child = Arbitraries.of("A", "B", "A", "B", "Z", "", "A".repeat(300));
        Arbitrary<String> type = Arbitraries.of("IHA", "RHA", "iha", "XHA", "");
        Arbitrary<String> date = Arbitraries.of("10/01/2017", "01/02/2017", "15/02/2017", "31/02/2017", "2017-01-20",
                "1/1/1800", "01/01/2030", "yesterday", "", "01/06/2009");
        Arbitrary<String> outcome = Arbitraries.of("completed", "refused", "did-not-attend", "not-required", "", "maybe");
        Arbitrary<String> role = Arbitraries.of("doctor", "nurse", "", "surgeon");
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("Dr Invented", "", "Nurse Invented"),
                Arbitraries.strings().alpha().ofMinLength(1000).ofMaxLength(6000));
        Arbitrary<String> sdq = Arbitraries.of("", "12", "40", "41", "-1", "many");
        Arbitrary<String> yn = Arbitraries.of("Y", "N", "", "perhaps");
        Arbitrary<String> row = Combinators.combine(List.of(child, type, date, date, outcome, role, text, sdq, yn))
                .as(fields -> String.join(",", fields));
        // Now and then a row is repeated whole, a duplicate key.
        return row.list().ofMinSize(1).ofMaxSize(30).map(list -> {
            List<String> out = new ArrayList<>(list);
            if (out.size() > 2) {
                out.add(out.get(out.size() / 2));
            }
            return out;
        });
    }
}
