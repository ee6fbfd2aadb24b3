package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lactracker.domain.Access;
import lactracker.domain.FieldProblem;
import lactracker.testdata.AssessmentBuilder;
import lactracker.testdata.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: five desks save assessments at once on one server while a sixth imports a 903 extract. Every
 * save acknowledged is there afterwards and nothing else is, the import arrives whole, and nothing fails
 * but a refusal in plain words. The desks save for {@code -Ddesks.seconds} (10; the minute with 60)
 * while {@code -Ddesks.imported} children (2,000) are imported.
 */
class SixDesksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final int DESKS = 5;

    @TempDir
    Path dir;

    @Test
    void fiveDesksSaveWhileASixthImportsAndEverySaveAcknowledgedIsThere() throws Exception {
        long seconds = Long.getLong("desks.seconds", 10);
        int imported903 = Integer.getInteger("desks.imported", 2_000);
        String url = TestPostgres.shared().freshDatabase() + "?sslmode=disable";
        try (AppContext admin = AppContext.onServer(url, TestPostgres.USER, "", CLOCK, "admin", Access.ADMINISTRATOR)) {
            new AppServices(admin).demo().fill(150, 9, done -> { });
        }
        lactracker.campaign.ImportKillCampaign.writeExtract(dir, "N", imported903, new Random(42));

        List<AppContext> open = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(DESKS + 1);
        try {
            AppContext lead = AppContext.onServer(url, TestPostgres.USER, "", CLOCK, "desk6", Access.TEAM_LEAD);
            open.add(lead);
            long childrenBefore = lead.childrenCount();
            List<Long> demoChildren = lead.repositories().children().findAll().stream().map(c -> c.id()).toList();
            long assessmentsBefore = lead.database().dsl().fetchCount(lactracker.store.jooq.Tables.HEALTH_ASSESSMENT);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            int[] refused = new int[DESKS];
            List<Future<?>> work = new ArrayList<>();
            for (int d = 0; d < DESKS; d++) {
                AppContext desk = AppContext.onServer(url, TestPostgres.USER, "", CLOCK, "desk" + (d + 1), Access.NURSE);
                open.add(desk);
                int which = d;
                work.add(threads.submit(() -> {
                    var children = new AppServices(desk).children();
                    Random random = new Random(which);
                    while (System.nanoTime() < deadline) {
                        long child = demoChildren.get(random.nextInt(demoChildren.size()));
                        try {
                            var saved = children.save(AssessmentBuilder.anRha().forChild(child)
                                    .requestedOn(LocalDate.of(2026, 12, 1 + random.nextInt(3))).build());
                            acknowledged.add(saved.assessment().id());
                        } catch (FieldProblem.Refused e) {
                            refused[which]++; // the rules said no, in plain words: nothing written
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            Future<Long> imported = threads.submit(() -> {
                var import903 = Import903.of(lead);
                import903.apply(import903.check(List.of(dir), "six-desks"), "desk6");
                return System.nanoTime();
            });
            long importEnded = imported.get(5, TimeUnit.MINUTES);
            for (Future<?> f : work) {
                f.get(5, TimeUnit.MINUTES);
            }

            assertThat(importEnded).as("the import ended while the desks were saving").isLessThan(deadline);
            assertThat(failures).as("anything but a refusal in plain words").isEmpty();
            System.out.printf("six desks: %d saves acknowledged, %d refused by the rules, in %d s; import of %d children done %.1f s"
                    + " before the end%n", acknowledged.size(), java.util.Arrays.stream(refused).sum(), seconds, imported903,
                    (deadline - importEnded) / 1e9);
            assertThat(acknowledged).hasSizeGreaterThan(DESKS * 5);
            var dsl = lead.database().dsl();
            var assessment = lactracker.store.jooq.Tables.HEALTH_ASSESSMENT;
            assertThat(dsl.fetchCount(assessment, assessment.ID.in(acknowledged))).isEqualTo(acknowledged.size());
            assertThat(dsl.fetchCount(assessment)).isEqualTo(assessmentsBefore + acknowledged.size());
            assertThat(lead.childrenCount()).isEqualTo(childrenBefore + imported903);
        } finally {
            threads.shutdownNow();
            open.forEach(AppContext::close);
        }
    }
}
