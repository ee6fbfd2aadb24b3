package lactracker.app;

import static lactracker.testdata.ChildBuilder.aChild;
import static lactracker.testdata.EpisodeBuilder.anEpisode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import lactracker.domain.AuditPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit sheet's work: stoppable between its steps, and a file is there whole or not at all. */
class AuditServiceTest {
    @TempDir
    Path dir;
    AppContext context;
    AuditService service;

    @BeforeEach
    void open() {
        context = AppContext.open(dir.resolve("db"), Clock.systemUTC(), "lead");
        var c = context.repositories().children().insert(aChild().withLaId("A").bornOn(LocalDate.of(2010, 1, 1)).build());
        context.repositories().episodes().insert(anEpisode().forChild(c.id()).startingOn(LocalDate.of(2017, 1, 9)).build());
        service = new AuditService(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void askedToStopItStopsAtTheNextStep() {
        AtomicInteger asked = new AtomicInteger();
        AuditPeriod q4 = AuditPeriod.quarter("2016/17-Q4");

        assertThatThrownBy(() -> service.audit(q4, q4.to(), () -> asked.incrementAndGet() >= 2))
                .isInstanceOf(CancellationException.class);
        assertThat(asked).hasValue(2); // before the one batch of children, then once they are worked out
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNothingBehind() throws Exception {
        AuditPeriod q4 = AuditPeriod.quarter("2016/17-Q4");
        var audit = service.audit(q4, q4.to());
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path target = folder.resolve("sheet.csv");
        Files.createDirectory(target); // a folder where the file should go: the move fails

        assertThatThrownBy(() -> service.writeReport(audit, ReportFormat.CSV, target)).isInstanceOf(java.io.IOException.class);
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(target); // no ".part" file left
        }
    }
}
