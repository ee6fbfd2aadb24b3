package lactracker.ui.shell;

import lactracker.testdata.Databases;
import static lactracker.testdata.ChildBuilder.aChild;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import lactracker.app.AppContext;
import lactracker.store.DatabaseInUseException;
import lactracker.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path dir;

    @Test
    void opensTheDatabaseAndReportsWhereItIsAndHowManyChildren() {
        try (AppContext seed = AppContext.open(Databases.fresh(dir.resolve("db")), Clock.systemUTC(), "seed")) {
            seed.repositories().children().insert(aChild().build());
            seed.repositories().children().insert(aChild().build());
        }
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "logs");
        assertThat(model.stateProperty().get()).isEqualTo(ShellViewModel.State.OPENING);

        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("db")), Clock.systemUTC(), "nurse"));

        assertThat(model.stateProperty().get()).isEqualTo(ShellViewModel.State.READY);
        assertThat(model.databaseLocationProperty().get()).endsWith("db.mv.db");
        assertThat(model.childrenCountProperty().get()).isEqualTo(2);
        assertThat(model.busyProperty().get()).isFalse();
        model.close();
    }

    @Test
    void anEmptyDatabaseOffersInventedChildrenAndAddsThemWhenAsked() {
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "logs");
        model.setDemoChildren(25);
        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("empty")), Clock.systemUTC(), "nurse"));
        assertThat(model.demoOfferedProperty().get()).isTrue();
        assertThat(model.demoProperty().get()).isFalse();

        model.addDemoChildren();

        assertThat(model.childrenCountProperty().get()).isEqualTo(25);
        assertThat(model.demoProperty().get()).isTrue();
        assertThat(model.demoOfferedProperty().get()).isFalse();
        assertThat(model.demoProgressProperty().get()).isEqualTo(-1);
        model.close();
    }

    @Test
    void decliningTheOfferLeavesTheDatabaseEmpty() {
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "logs");
        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("empty")), Clock.systemUTC(), "nurse"));

        model.declineDemo();

        assertThat(model.demoOfferedProperty().get()).isFalse();
        assertThat(model.childrenCountProperty().get()).isZero();
        model.close();
    }

    @Test
    void aWindowOnAPlainDatabaseHasNoPasswordToAskForAndNeverLocks() {
        var clock = new lactracker.testdata.MovingClock();
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "logs");
        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("plain")), clock, "nurse"));

        clock.pass(java.time.Duration.ofHours(3));
        model.checkIdle();
        model.lockNow();

        assertThat(model.locks()).isFalse();
        assertThat(model.lockedProperty().get()).isFalse();
        model.close();
    }

    @Test
    void aDatabaseWithChildrenIsNotOfferedDemoData() {
        try (AppContext seed = AppContext.open(Databases.fresh(dir.resolve("real")), Clock.systemUTC(), "seed")) {
            seed.repositories().children().insert(aChild().build());
        }
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "logs");
        model.open(() -> AppContext.open(Databases.fresh(dir.resolve("real")), Clock.systemUTC(), "nurse"));

        assertThat(model.demoOfferedProperty().get()).isFalse();
        assertThat(model.demoProperty().get()).isFalse();
        model.close();
    }

    @Test
    void aDatabaseHeldElsewhereFailsWithThePlainMessage() {
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "logs");

        model.open(() -> {
            throw new DatabaseInUseException(null);
        });

        assertThat(model.stateProperty().get()).isEqualTo(ShellViewModel.State.FAILED);
        assertThat(model.failureMessageProperty().get()).startsWith("The database is open in another window.");
        assertThat(model.childrenCountProperty().get()).isEqualTo(-1);
    }

    @Test
    void anUnexpectedFailureIsToldWithoutItsTechnicalDetail() {
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "/var/logs/lac");

        model.open(() -> {
            throw new IllegalStateException("SQL state 42S02 table CHILD not found");
        });

        assertThat(model.failureMessageProperty().get())
                .startsWith("An unexpected problem stopped it.")
                .contains("/var/logs/lac")
                .doesNotContain("SQL");
    }

    @Test
    void afterAnUncleanShutdownTheDatabaseIsCheckedAndAStoredCaseThatDiffersIsMadeAgain() throws Exception {
        Path db = dir.resolve("db");
        try (AppContext seed = AppContext.open(Databases.fresh(db), Clock.systemUTC(), "seed")) {
            new lactracker.app.DemoService(seed).fill(12, 3, done -> { });
            var dsl = seed.database().dsl();
            // a copy that no longer matches its records, as a write outside the audit trail would leave it
            dsl.execute("UPDATE case_snapshot SET data = (SELECT data FROM case_snapshot ORDER BY child_id LIMIT 1) "
                    + "WHERE child_id = (SELECT MAX(child_id) FROM case_snapshot)");
        }
        java.nio.file.Files.createFile(dir.resolve("db.open")); // as a killed process leaves it
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "logs");
        java.util.List<String> news = new java.util.ArrayList<>();
        model.maintenanceNewsProperty().addListener((o, a, text) -> news.add(text));

        model.open(() -> AppContext.open(Databases.fresh(db), Clock.systemUTC(), "nurse"));

        assertThat(news).contains("The database check found 1 stored cases that differed from their records and made them "
                + "again; the lists were read again.");
        model.close();
        assertThat(dir.resolve("db.open")).as("closed cleanly this time").doesNotExist();
    }

    @Test
    void aCleanOpeningIsNotCheckedAndTheDailyBackupIsMadeOnceWhenAsked() {
        Path db = dir.resolve("db");
        try (AppContext seed = AppContext.open(Databases.fresh(db), Clock.systemUTC(), "seed")) {
            seed.repositories().children().insert(aChild().build());
        }
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "nurse", "logs");
        model.setDailyBackups(true);
        java.util.List<String> news = new java.util.ArrayList<>();
        model.maintenanceNewsProperty().addListener((o, a, text) -> news.add(text));

        model.open(() -> AppContext.open(Databases.fresh(db), Clock.systemUTC(), "nurse"));

        assertThat(news).filteredOn(t -> t.contains("backup")).singleElement().asString()
                .startsWith("Today's backup was written to " + dir.resolve("backups").resolve("lac-tracker-backup-"));
        assertThat(news).as("a plain database with records says it is not under lock")
                .anyMatch(t -> t.startsWith("This database is not encrypted"));
        model.close();
    }

    @Test
    void aDatabaseTooDamagedToOpenIsMendedByRestoringItsNewestBackupFromTheWindow() throws Exception {
        Path db = dir.resolve("db");
        Path backup = dir.resolve("newest.zip");
        try (AppContext seed = AppContext.open(Databases.fresh(db), Clock.systemUTC(), "seed")) {
            new lactracker.app.DemoService(seed).fill(8, 2, done -> { });
            new lactracker.app.BackupService(seed).backupTo(backup, () -> false);
        }
        byte[] damaged = new byte[(int) java.nio.file.Files.size(dir.resolve("db.mv.db"))];
        new java.util.Random(4).nextBytes(damaged); // bytes flipped all through the file
        java.nio.file.Files.write(dir.resolve("db.mv.db"), damaged);
        ShellViewModel model = new ShellViewModel(new DirectTaskRunner(), "lead", "logs");
        model.setDatabasePath(db);

        model.open(() -> AppContext.open(Databases.fresh(db), Clock.systemUTC(), "lead"));
        assertThat(model.stateProperty().get()).isEqualTo(ShellViewModel.State.FAILED);
        assertThat(model.failureMessageProperty().get()).startsWith("The file db.mv.db is damaged, or is not a database "
                + "this version of the tracker can open. It was left as it was. Restore the newest backup");
        assertThat(model.canRestore()).isTrue();

        model.restore(backup);

        assertThat(model.stateProperty().get()).isEqualTo(ShellViewModel.State.RESTORED);
        assertThat(model.restoredMessageProperty().get()).startsWith("The backup newest.zip (8 children) was restored.");
        try (AppContext restored = AppContext.open(Databases.fresh(db), Clock.systemUTC(), "lead")) {
            assertThat(restored.childrenCount()).isEqualTo(8);
        }
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("db-before-restore-"));
        }
    }
}
