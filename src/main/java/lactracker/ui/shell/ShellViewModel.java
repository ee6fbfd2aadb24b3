package lactracker.ui.shell;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import lactracker.app.AppContext;
import lactracker.ui.Messages;
import lactracker.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: opening the database, which screen is shown, and what the status bar says.
 * Holds no nodes, so it is tested without a window.
 */
public final class ShellViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    /** Where the window is in its life. */
    public enum State {
        /** No database yet: set up the first administrator (an encrypted one), or try the demo. */
        FIRST_RUN,
        /** Set up: the recovery key is shown, once, before the screens. */
        RECOVERY_KEY,
        SIGN_IN,
        /** Every password forgotten: the recovery key opens the database and gives a new one. */
        RECOVER,
        OPENING, READY, FAILED, RESTORED
    }

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OPENING);
    private final ReadOnlyStringWrapper failureMessage = new ReadOnlyStringWrapper(this, "failureMessage", "");
    private final ReadOnlyStringWrapper databaseLocation = new ReadOnlyStringWrapper(this, "databaseLocation", "");
    private final ReadOnlyIntegerWrapper childrenCount = new ReadOnlyIntegerWrapper(this, "childrenCount", -1);
    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(this, "selectedScreen", Screen.ALERTS);
    private final javafx.beans.property.ReadOnlyBooleanWrapper demoOffered = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "demoOffered", false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper demo = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "demo", false);
    private final javafx.beans.property.ReadOnlyDoubleWrapper demoProgress = new javafx.beans.property.ReadOnlyDoubleWrapper(this, "demoProgress", -1);
    private final ReadOnlyStringWrapper demoFailure = new ReadOnlyStringWrapper(this, "demoFailure", "");
    private final ReadOnlyStringWrapper maintenanceNews = new ReadOnlyStringWrapper(this, "maintenanceNews", "");
    private final ReadOnlyStringWrapper restoredMessage = new ReadOnlyStringWrapper(this, "restoredMessage", "");
    private boolean dailyBackups;
    private java.nio.file.Path databasePath;
    private int demoChildren = 1000;
    private final BooleanBinding busy;
    private final javafx.beans.property.ReadOnlyStringWrapper signedInAs = new javafx.beans.property.ReadOnlyStringWrapper(this, "signedInAs");
    private final javafx.beans.property.ReadOnlyStringWrapper signInMessage = new javafx.beans.property.ReadOnlyStringWrapper(this, "signInMessage", "");
    private lactracker.app.Accounts accounts;
    /** A team server's gate (issue 23), when the window works on one; null on this computer's file. */
    private lactracker.app.Gate serverGate;
    private final ReadOnlyStringWrapper serverAddress = new ReadOnlyStringWrapper(this, "serverAddress", "");
    private final String logFolder;
    private lactracker.app.AppServices services;
    private java.util.function.Consumer<lactracker.app.Caseload.Change> onCaseloadChange = change -> { };
    /** A quiet catching up is under way (one at a time: a slow one is not queued behind by the next minute's). */
    private boolean catchingUp;

    /**
     * @param username  the account changes are recorded against
     * @param logFolder where the log files are, named in error messages
     */
    public ShellViewModel(TaskRunner runner, String username, String logFolder) {
        this.runner = runner;
        this.signedInAs.set(username);
        this.logFolder = logFolder;
        this.busy = Bindings.greaterThan(runner.runningProperty(), 0);
    }

    /** Opens the database in the background; the window is already showing meanwhile. */
    public void open(Supplier<AppContext> opener) {
        state.set(State.OPENING);
        long started = System.nanoTime();
        runner.task(progress -> {
            AppContext opened = opener.get();
            var made = new lactracker.app.AppServices(opened); // the composition root, once
            made.settings().idleLockMinutes(); // read here, not on the UI thread's first idle check
            return new Opened(made, opened.childrenCount(), made.demo().isDemo());
        }).onSuccess(opened -> {
            services = opened.services();
            servicesMade.set(servicesMade.get() + 1);
            services.caseload().addListener(change -> runner.later(() -> onCaseloadChange.accept(change)));
            AppContext context = services.context();
            databaseLocation.set(context.onServer() ? serverAddress.get() : context.databaseFile().toString());
            childrenCount.set(opened.children());
            demo.set(opened.demo());
            // A database set up for real records (signed into) is not offered invented children.
            demoOffered.set(opened.children() == 0 && accounts == null && serverGate == null && !demoOnOpen);
            lastInput = context.clock().instant();
            state.set(State.READY);
            LOG.info("Database ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            if (context.openedAfterUncleanShutdown()) {
                checkDatabase(true);
            }
            if (dailyBackups && !context.onServer()) { // a server's administrator backs it up
                dailyBackup();
            }
            if (accounts == null && serverGate == null && !opened.demo() && opened.children() > 0
                    && context.access().may(lactracker.domain.Action.MANAGE_ACCOUNTS)) {
                news(Messages.get("encrypt.news"));
            }
            if (demoOnOpen && opened.children() == 0) {
                demoOnOpen = false;
                addDemoChildren();
            }
        }).onFailure(error -> {
            LOG.error("The database could not be opened", error);
            failureMessage.set(Messages.forError(error, logFolder));
            state.set(State.FAILED);
        }).start();
    }

    private record Opened(lactracker.app.AppServices services, int children, boolean demo) {
    }

    private final javafx.beans.property.ReadOnlyIntegerWrapper servicesMade = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "servicesMade", 0);

    /**
     * How many times the services were made over an opened database: more than once when the database was
     * closed and opened again under the same window (encrypted by File > Set up sign-in), and the screens
     * built over the first services, now closed, must be made again over the new.
     */
    public ReadOnlyIntegerProperty servicesMadeProperty() {
        return servicesMade.getReadOnlyProperty();
    }

    /** The database the window opens, so that a backup can be restored in its place even when it cannot be opened. */
    public void setDatabasePath(java.nio.file.Path path) {
        this.databasePath = path;
    }

    /** Whether a backup can be restored now: the database is open, or it failed to open and its path is known. */
    public boolean canRestore() {
        return services != null || (state.get() == State.FAILED && databasePath != null);
    }

    /** Makes the daily backup when the database opens (the application; tests leave it off). */
    public void setDailyBackups(boolean on) {
        this.dailyBackups = on;
    }

    /** Every service over the open database (the composition root), or null before it is open. */
    public lactracker.app.AppServices services() {
        return services;
    }

    /** The service behind backups, restores and the check, over the open database. */
    public lactracker.app.BackupService backupService() {
        return services.backups();
    }

    /** The daily backups' folder, read in the background, for a file chooser to start in (null: none to offer). */
    public void backupFolder(java.util.function.Consumer<java.nio.file.Path> then) {
        if (services == null) {
            then.accept(null); // the database did not open: nothing to read the plan from
            return;
        }
        var backups = services.backups();
        runner.task(progress -> java.nio.file.Path.of(backups.plan().folder())).onSuccess(then)
                .onFailure(error -> then.accept(null)).start();
    }

    /** What a backup holds, read from its file in the background (it may lie on a slow network share). */
    public void readBackup(java.nio.file.Path backup, java.util.function.Consumer<lactracker.domain.BackupContents> then,
            java.util.function.Consumer<Throwable> failed) {
        runner.task(progress -> lactracker.app.BackupService.contentsOf(backup)).onSuccess(then).onFailure(failed).start();
    }

    /** The daily backup, in the background, when none was made today; says where it went, or why it failed. */
    private void dailyBackup() {
        var backups = services.backups();
        runner.task(progress -> backups.dailyIfDue(progress::isCancelled))
                .onSuccess(written -> written.ifPresent(path -> news(Messages.format("backup.daily.done", path))))
                .onFailure(error -> {
                    LOG.warn("The daily backup failed", error);
                    news(Messages.format("backup.daily.failed", Messages.forError(error, logFolder)));
                })
                .aside()
                .start();
    }

    /** Writes a backup of the open database to {@code target}, in the background. */
    public void backupNow(java.nio.file.Path target) {
        var backups = services.backups();
        runner.task(progress -> backups.backupTo(target, progress::isCancelled))
                .onSuccess(contents -> news(Messages.format("backup.done", target, contents.rows("child"))))
                .onFailure(error -> {
                    LOG.warn("A backup failed", error);
                    news(Messages.forError(error, logFolder));
                })
                .start();
    }

    /**
     * Checks the database in the background; says what it found (after an unclean shutdown, only when it
     * mended something).
     */
    public void checkDatabase(boolean quietWhenClean) {
        var backups = services.backups();
        var check = runner.task(progress -> backups.check());
        if (quietWhenClean) {
            check.aside(); // after an unclean shutdown, as the screens first read: not in their way (issue 22)
        }
        check
                .onSuccess(report -> {
                    if (report.trailBrokenAt() != null) {
                        news(Messages.get(report.trailBrokenAt() < 0 ? "check.trailEndGone" : "check.trailBroken")
                                + (report.copiesRemade().isEmpty() ? "" : " " + Messages.format("check.mended",
                                        report.copiesRemade().size())));
                        dataChanged();
                    } else if (!report.clean()) {
                        news(Messages.format("check.mended", report.copiesRemade().size()));
                        dataChanged();
                    } else if (!quietWhenClean) {
                        long rows = report.rows().values().stream().mapToLong(Long::longValue).sum();
                        news(Messages.format("check.clean", rows, report.copiesChecked()));
                    }
                })
                .onFailure(error -> {
                    LOG.error("The database check failed", error);
                    news(Messages.format("check.failed", Messages.forError(error, logFolder)));
                })
                .start();
    }

    /**
     * Puts the backup in place of the open database: closes it, restores (every table checked first, the
     * replaced database kept), and leaves the window saying what happened; the tracker is then started again.
     */
    public void restore(java.nio.file.Path backup) {
        AppContext opened = context();
        services = null;
        java.nio.file.Path database = opened != null ? opened.databaseFile() : databasePath;
        java.time.Clock clock = opened != null ? opened.clock() : java.time.Clock.systemDefaultZone();
        state.set(State.OPENING);
        runner.task(progress -> {
            if (opened != null) {
                opened.close();
                return lactracker.app.BackupService.restore(opened, backup, progress::isCancelled);
            }
            return lactracker.app.BackupService.restore(database, backup, clock, username(),
                    lactracker.domain.Access.ADMINISTRATOR, progress::isCancelled);
        }).onSuccess(restored -> {
            restoredMessage.set(Messages.format("restore.done", backup.getFileName(), restored.contents().rows("child"),
                    restored.keptAs() == null ? "" : restored.keptAs()));
            state.set(State.RESTORED);
        }).onFailure(error -> {
            LOG.error("A restore failed", error);
            restoredMessage.set(Messages.format("restore.failed", Messages.forError(error, logFolder)));
            state.set(State.RESTORED);
        }).start();
    }

    /** A printout went to {@code printer}: written into the audit trail, in the background. */
    public void printed(String what, String printer, int pages) {
        if (services == null) {
            return;
        }
        var trail = services.trail();
        runner.task(progress -> {
            trail.printed(what, printer, pages);
            return Boolean.TRUE;
        }).onFailure(error -> LOG.error("A printout could not be written into the audit trail", error)).start();
    }

    private void news(String text) {
        maintenanceNews.set(""); // the same words twice are news twice
        maintenanceNews.set(text);
    }

    /** The latest word on a backup or check, for a notification; empty until there is one. */
    public ReadOnlyStringProperty maintenanceNewsProperty() {
        return maintenanceNews.getReadOnlyProperty();
    }

    /** What a restore did (or why it did nothing), once it has ended. */
    public ReadOnlyStringProperty restoredMessageProperty() {
        return restoredMessage.getReadOnlyProperty();
    }

    /** How many invented children the first-run offer adds (1,000: a county's caseload). */
    public void setDemoChildren(int children) {
        this.demoChildren = children;
    }

    public int demoChildren() {
        return demoChildren;
    }

    /** An import ended: the status bar's count is read again, and the caseload of the day catches up. */
    public void importDone() {
        refreshCount();
    }

    private void refreshCount() {
        AppContext opened = context();
        runner.task(p -> opened.childrenCount()).onSuccess(childrenCount::set).start();
        dataChanged();
    }

    /** Who is told, on the UI thread, each change the caseload of the day finds. */
    public void setOnCaseloadChange(java.util.function.Consumer<lactracker.app.Caseload.Change> listener) {
        this.onCaseloadChange = listener;
    }

    /**
     * Records changed (a save, an import, a setting, the bank holidays, the team): the caseload of the day
     * catches up in the background, and what it finds is told to {@link #setOnCaseloadChange}; then {@code done}
     * runs, on the UI thread.
     */
    public void catchUp(Runnable done) {
        var caseload = services.caseload();
        runner.task(p -> {
            caseload.catchUp();
            return Boolean.TRUE;
        }).onSuccess(caught -> {
            connectionLost.set(false);
            done.run();
        }).onFailure(error -> {
            if (lactracker.app.Faults.connectionLost(error)) {
                // A team server not answering: said in a banner, and asked again soon (retryIfLost).
                LOG.warn("The team's server is not answering ({})", error.getClass().getSimpleName());
                connectionLost.set(true);
            } else {
                LOG.error("The caseload could not be brought up to date", error);
            }
            done.run();
        }).start();
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper connectionLost =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "connectionLost", false);

    /**
     * True while the team's server does not answer (issue 23): the window says so in a banner, keeps what
     * is typed, and asks again every few seconds until it answers.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty connectionLostProperty() {
        return connectionLost.getReadOnlyProperty();
    }

    /** Asks the server again while its connection is lost (every few seconds, from the window). */
    public void retryIfLost() {
        if (connectionLost.get()) {
            catchUpQuietly();
        }
    }

    /** Catches up with changes made outside the window, when a database is open and no other catching up runs. */
    public void catchUpQuietly() {
        if (services != null && !catchingUp) {
            catchingUp = true;
            catchUp(() -> catchingUp = false);
        }
    }

    /** Something that moves due dates changed (a setting, the bank holidays, the team), or many records did. */
    public void dataChanged() {
        catchUp(() -> { });
    }

    public TaskRunner runner() {
        return runner;
    }


    /** Accepts the first-run offer: fills the empty database with invented children, in the background. */
    public void addDemoChildren() {
        AppContext opened = context();
        var demoService = services.demo();
        demoOffered.set(false);
        demoProgress.set(0);
        int count = demoChildren;
        runner.task(progress -> {
            demoService.fill(count, 1, done -> progress.update(done, count, ""));
            return opened.childrenCount();
        }).onProgress(report -> demoProgress.set(report.fraction()))
                .onSuccess(children -> {
                    childrenCount.set(children);
                    demo.set(true);
                    dataChanged();
                    demoProgress.set(-1);
                    LOG.info("Demo caseload added: {} children", children);
                })
                .onFailure(error -> {
                    LOG.error("The demo caseload could not be added", error);
                    demoProgress.set(-1);
                    demoFailure.set(Messages.forError(error, logFolder));
                    demoOffered.set(true);
                })
                .start();
    }

    /** Declines the first-run offer: the database stays empty, for real data. */
    public void declineDemo() {
        demoOffered.set(false);
    }

    /** True while the first-run offer of demo children is showing. */
    public javafx.beans.property.ReadOnlyBooleanProperty demoOfferedProperty() {
        return demoOffered.getReadOnlyProperty();
    }

    /** True when the database holds the invented demo caseload. */
    public javafx.beans.property.ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** Progress of adding demo children, 0 to 1; -1 when not adding. */
    public javafx.beans.property.ReadOnlyDoubleProperty demoProgressProperty() {
        return demoProgress.getReadOnlyProperty();
    }

    /** Why adding demo children failed, or empty. */
    public ReadOnlyStringProperty demoFailureProperty() {
        return demoFailure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureMessageProperty() {
        return failureMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseLocationProperty() {
        return databaseLocation.getReadOnlyProperty();
    }

    /** Children in the database, or -1 before it is open. */
    public ReadOnlyIntegerProperty childrenCountProperty() {
        return childrenCount.getReadOnlyProperty();
    }

    public ObjectProperty<Screen> selectedScreenProperty() {
        return selectedScreen;
    }

    /** True while any background task runs. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public String username() {
        return signedInAs.get();
    }

    /** Who works in the window: the operating-system account, or the account signed in (issue 21). */
    public javafx.beans.property.ReadOnlyStringProperty usernameProperty() {
        return signedInAs.getReadOnlyProperty();
    }

    private String lastSignInName = "";

    /** The username typed at the last try, offered again (the password never is). */
    public String lastSignInName() {
        return lastSignInName;
    }

    /** Why the last sign-in did not open the database, in words; empty before one is tried. */
    public javafx.beans.property.ReadOnlyStringProperty signInMessageProperty() {
        return signInMessage.getReadOnlyProperty();
    }

    /** What signs in, locks and unlocks: the team server's gate, or the encrypted file's key slots. */
    private lactracker.app.Gate gate() {
        return serverGate != null ? serverGate : accounts.gateTo(databasePath);
    }

    /**
     * The records are on a team's server (issue 23): the window asks for the person's server account and
     * password before any screen, as for an encrypted file; {@code user} fills the username when given.
     */
    public void askToSignInToServer(String address, lactracker.app.Gate gate, String user) {
        this.serverGate = gate;
        this.accounts = null;
        serverAddress.set(address);
        databaseLocation.set(address); // not the file this window may have been on before
        lastSignInName = user == null ? "" : user.strip();
        signedInAs.set(Messages.get("signIn.nobody"));
        signInMessage.set("");
        state.set(State.SIGN_IN);
    }

    /** The team server's address the window works on; empty for this computer's database. */
    public javafx.beans.property.ReadOnlyStringProperty serverAddressProperty() {
        return serverAddress.getReadOnlyProperty();
    }

    /**
     * Whether the work on this computer's database file is offered (backup, restore, the check, a new
     * password): not on a team server, whose administrator does it with the server's own tools.
     */
    public boolean fileActions() {
        return serverGate == null && state.get() == State.READY;
    }

    /**
     * The database at {@code database} is encrypted (issue 21): the window asks who is signing in before it
     * opens it, rather than opening it at once.
     */
    public void askToSignIn(java.nio.file.Path database, lactracker.app.Accounts accounts) {
        this.databasePath = database;
        this.accounts = accounts;
        signedInAs.set(Messages.get("signIn.nobody"));
        signInMessage.set("");
        state.set(State.SIGN_IN);
        runner.task(progress -> {
            lactracker.app.Accounts.warmUp(); // while the username and password are typed
            return Boolean.TRUE;
        }).start();
    }

    /**
     * Signs in and opens the database in the background; a wrong name or password leaves the window asking
     * again, with the reason, and the password typed is forgotten either way.
     */
    public void signIn(String name, char[] password) {
        lactracker.app.Gate gate = gate();
        lastSignInName = name == null ? "" : name.strip();
        state.set(State.OPENING);
        runner.task(progress -> {
            try {
                return gate.signIn(name, password);
            } finally {
                lactracker.app.Accounts.forget(password);
            }
        }).onSuccess(context -> {
            signedInAs.set(context.username());
            open(() -> context);
        }).onFailure(error -> {
            signInMessage.set(Messages.forError(error, logFolder));
            state.set(State.SIGN_IN);
        }).start();
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper locked = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "locked", false);
    private final ReadOnlyStringWrapper lockMessage = new ReadOnlyStringWrapper(this, "lockMessage", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper unlocking = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "unlocking", false);
    private Integer lockedAfterMinutes;
    private java.time.Instant lastInput = java.time.Instant.MIN;

    /** Whether this window locks: only one opened by signing in has a password to ask for again. */
    public boolean locks() {
        return (accounts != null || serverGate != null) && services != null && state.get() == State.READY;
    }

    /** The person used the window (a key, the mouse): the idle time starts again. */
    public void inputSeen() {
        if (services != null && !locked.get()) {
            lastInput = services.context().clock().instant();
        }
    }

    /** Locks the window when it has had no input for the minutes the settings give (asked every few seconds). */
    public void checkIdle() {
        if (!locks() || locked.get()) {
            return;
        }
        int minutes = services.settings().idleLockMinutes();
        java.time.Instant now = services.context().clock().instant();
        if (!now.isBefore(lastInput.plus(java.time.Duration.ofMinutes(minutes)))) {
            lock(minutes);
        }
    }

    /** The person locks the window before stepping away. */
    public void lockNow() {
        if (locks() && !locked.get()) {
            lock(null);
        }
    }

    private void lock(Integer idleMinutes) {
        lockedAfterMinutes = idleMinutes;
        lockMessage.set("");
        locked.set(true);
        AppContext signedIn = context();
        var gate = gate();
        runner.task(progress -> {
            gate.locked(signedIn, idleMinutes);
            return Boolean.TRUE;
        }).onFailure(error -> LOG.error("The lock could not be written into the audit trail", error)).start();
    }

    /**
     * Unlocks the window with the signed-in person's password, checked in the background; the screens are
     * as they were left, with whatever was typed. A wrong password leaves it locked, with the reason.
     */
    public void unlock(char[] password) {
        AppContext signedIn = context();
        var gate = gate();
        unlocking.set(true);
        runner.task(progress -> {
            try {
                gate.unlock(signedIn, password);
            } finally {
                lactracker.app.Accounts.forget(password);
            }
            return Boolean.TRUE;
        }).onSuccess(done -> {
            unlocking.set(false);
            lockMessage.set("");
            locked.set(false);
            inputSeen();
        }).onFailure(error -> {
            unlocking.set(false);
            lockMessage.set(Messages.forError(error, logFolder));
        }).start();
    }

    /** True while the window is locked: every screen covered, the password asked for. */
    public javafx.beans.property.ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** True while a password typed to unlock is being checked. */
    public javafx.beans.property.ReadOnlyBooleanProperty unlockingProperty() {
        return unlocking.getReadOnlyProperty();
    }

    /** Why the last unlock failed, in words; empty otherwise. */
    public ReadOnlyStringProperty lockMessageProperty() {
        return lockMessage.getReadOnlyProperty();
    }

    /** The idle minutes that locked the window, or null when the person locked it. */
    public Integer lockedAfterMinutes() {
        return lockedAfterMinutes;
    }

    private final javafx.collections.ObservableMap<String, String> formProblems = javafx.collections.FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper recoveryKey = new ReadOnlyStringWrapper(this, "recoveryKey", "");
    private Supplier<AppContext> demoOpener;
    private AppContext setUpContext;
    private boolean demoOnOpen;

    /**
     * There is no database at {@code database} yet (the first run): the window offers to set it up for real
     * records, encrypted, with its first administrator, or to try it on invented children ({@code demo}
     * opens a plain database, which then says in its banner that it opens without signing in).
     */
    public void askFirstRun(java.nio.file.Path database, lactracker.app.Accounts accounts, Supplier<AppContext> demo) {
        this.databasePath = database;
        this.accounts = accounts;
        this.demoOpener = demo;
        signedInAs.set(Messages.get("signIn.nobody"));
        formProblems.clear();
        formMessage.set("");
        state.set(State.FIRST_RUN);
    }

    /**
     * Sets up the database for real records in the background: encrypted, {@code name} its first
     * administrator; the recovery key is then shown once. A weak password or a missing name is named at its
     * field, and nothing is made. Both passwords are forgotten either way.
     */
    public void setUp(String name, String username, char[] password, char[] again) {
        if (!samePasswordTwice(password, again)) {
            return;
        }
        java.nio.file.Path database = databasePath;
        var accounts = this.accounts;
        // The form stays as it is while the key is made (about a second), so a refusal keeps what was typed.
        runner.task(progress -> {
            try {
                return accounts.setUp(database, name, username, password);
            } finally {
                lactracker.app.Accounts.forget(password);
            }
        }).onSuccess(made -> {
            setUpContext = made.context();
            signedInAs.set(made.context().username());
            recoveryKey.set(made.recoveryKey());
            state.set(State.RECOVERY_KEY);
        }).onFailure(this::formFailed).start();
    }

    /**
     * Starts the set-up or recovery form afresh, and says at its field when the password was not typed the
     * same twice (both then forgotten); the second copy is forgotten either way.
     */
    private boolean samePasswordTwice(char[] password, char[] again) {
        formProblems.clear();
        formMessage.set("");
        boolean same = java.util.Arrays.equals(password, again);
        lactracker.app.Accounts.forget(again);
        if (!same) {
            lactracker.app.Accounts.forget(password);
            formProblems.put("again", Messages.get("firstRun.passwordsDiffer"));
        }
        return same;
    }

    private void formFailed(Throwable error) {
        if (error instanceof lactracker.domain.FieldProblem.Refused refused) {
            lactracker.ui.Forms.showProblems(formProblems, refused.problems());
        } else {
            formMessage.set(Messages.forError(error, logFolder));
        }
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper encrypting = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "encrypting", false);

    /** Whether the open database may be encrypted from the window: plain, not the demo, and an administrator's. */
    public boolean mayEncrypt() {
        return services != null && accounts == null && serverGate == null && !demo.get() && state.get() == State.READY
                && services.context().access().may(lactracker.domain.Action.MANAGE_ACCOUNTS);
    }

    /**
     * File > Set up sign-in: the plain database is closed, and the set-up form asks for its first
     * administrator; setting up then encrypts it, checked against the original, and shows the recovery key.
     */
    public void askToEncrypt() {
        if (!mayEncrypt()) {
            return;
        }
        AppContext opened = context();
        services = null;
        opened.close();
        accounts = new lactracker.app.Accounts(opened.clock());
        databasePath = opened.databaseFile(); // the store takes a database by its file as by its name
        encrypting.set(true);
        signedInAs.set(Messages.get("signIn.nobody"));
        formProblems.clear();
        formMessage.set("");
        childrenCount.set(-1);
        state.set(State.FIRST_RUN);
    }

    /** True while the set-up form encrypts an existing database rather than making a new one. */
    public javafx.beans.property.ReadOnlyBooleanProperty encryptingProperty() {
        return encrypting.getReadOnlyProperty();
    }

    /** The recovery key has been written down or printed: it is forgotten here, and the screens open. */
    public void recoveryKeyKept() {
        encrypting.set(false);
        AppContext made = setUpContext;
        setUpContext = null;
        recoveryKey.set("");
        open(() -> made);
    }

    /** The first run chose to try the tracker: a plain database, filled with invented children once open. */
    public void tryDemo() {
        accounts = null; // a demo opens without signing in, and never locks
        demoOnOpen = true;
        open(demoOpener);
    }

    private final ReadOnlyStringWrapper serverMessage = new ReadOnlyStringWrapper(this, "serverMessage", "");

    /** Why the team server's address given at the first run was not taken; empty when it was. */
    public javafx.beans.property.ReadOnlyStringProperty serverMessageProperty() {
        return serverMessage.getReadOnlyProperty();
    }

    /**
     * The first run chose the team's server (issue 23): the address is checked, remembered for the next
     * start, and the window asks for the server account; a wrong address is said under the link.
     */
    public void connectToServer(String address) {
        try {
            lactracker.app.TeamServer.remember(databasePath, address);
        } catch (lactracker.domain.UserFacingException e) {
            serverMessage.set(e.getMessage());
            return;
        } catch (java.io.IOException e) {
            LOG.warn("The team server chosen could not be remembered", e);
        }
        serverMessage.set("");
        askToSignInToServer(address.strip(), lactracker.app.TeamServer.gate(address.strip(),
                java.time.Clock.systemDefaultZone()), null);
    }

    /**
     * Whether the sign-in to a server offers to work on this computer instead: when the server is this
     * computer's remembered one (chosen at the first run, or moved onto), not given by {@code --server}.
     */
    public boolean thisComputerOffered() {
        return serverGate != null && databasePath != null;
    }

    /**
     * Back from a team server chosen at the first run (or moved onto) to this computer's own database: the
     * server is forgotten, and the computer's database opened as it is kept, or the first run offered.
     */
    public void workOnThisComputer() {
        if (!thisComputerOffered()) {
            return;
        }
        java.nio.file.Path database = databasePath;
        try {
            lactracker.app.TeamServer.forget(database);
        } catch (java.io.IOException e) {
            LOG.warn("The team server chosen could not be forgotten", e);
            signInMessage.set(Messages.get("signIn.notForgotten"));
            return;
        }
        serverGate = null;
        serverAddress.set("");
        signInMessage.set("");
        state.set(State.OPENING); // from one sign-in to another, the form is made afresh
        openThisComputer(database);
    }

    /**
     * Opens this computer's own database at {@code database}: by signing in when it is encrypted, the first
     * run's choices when there is none yet, else at once.
     */
    public void openThisComputer(java.nio.file.Path database) {
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        Supplier<AppContext> plain = () -> AppContext.open(database, clock, AppContext.operatingSystemUser());
        setDatabasePath(database);
        if (lactracker.app.Accounts.signsIn(database)) {
            askToSignIn(database, new lactracker.app.Accounts(clock));
        } else if (!java.nio.file.Files.exists(AppContext.fileOf(database))) {
            askFirstRun(database, new lactracker.app.Accounts(clock), plain);
        } else {
            accounts = null;
            open(plain);
        }
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper moving = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "moving");
    private lactracker.ui.task.BackgroundTask<?> move;

    /** Whether File > Move onto a team server is offered: this computer's database, open, to an administrator. */
    public boolean mayMoveToServer() {
        return services != null && serverGate == null && state.get() == State.READY
                && services.context().access().may(lactracker.domain.Action.MOVE_TO_SERVER);
    }

    /** True while this computer's records are being copied onto a team server. */
    public javafx.beans.property.ReadOnlyBooleanProperty movingProperty() {
        return moving.getReadOnlyProperty();
    }

    /**
     * Copies this computer's database onto the team server at {@code address} in the background (issue 23),
     * signed in there as {@code user}: one transaction, every table counted and checksummed on both sides;
     * this computer's file is only read. {@code then} hears what was moved; a wrong address is said before
     * anything starts, and a failure or a stop leaves nothing on the server. The password is forgotten.
     */
    public void moveToServer(String address, String user, char[] password,
            java.util.function.Consumer<lactracker.app.ServerMoveService.Moved> then) {
        if (!mayMoveToServer() || moving.get()) {
            lactracker.app.Accounts.forget(password);
            return;
        }
        lactracker.app.Gate gate;
        try {
            gate = lactracker.app.TeamServer.gate(address, services.context().clock());
        } catch (lactracker.domain.UserFacingException e) {
            lactracker.app.Accounts.forget(password);
            news(e.getMessage());
            return;
        }
        AppContext file = services.context();
        String server = address.strip();
        moving.set(true);
        move = runner.task(progress -> {
            try (AppContext onServer = gate.signIn(user, password)) {
                return lactracker.app.ServerMoveService.move(file, onServer, progress::isCancelled);
            } finally {
                lactracker.app.Accounts.forget(password);
            }
        }).onSuccess(moved -> {
            moving.set(false);
            news(Messages.format("move.done", server, moved.tables().size(), moved.rows()));
            then.accept(moved);
        }).onCancelled(() -> {
            moving.set(false);
            news(Messages.get("move.cancelled"));
        }).onFailure(error -> {
            moving.set(false);
            LOG.warn("A move onto a team server failed", error);
            news(Messages.format("move.failed", Messages.forError(error, logFolder)));
        }).start();
    }

    /** Stops the move onto a server: the server's transaction is rolled back, and nothing is kept there. */
    public void cancelMove() {
        if (move != null && moving.get()) {
            move.cancel();
        }
    }

    /**
     * After a move: this computer works on the team server from now on. Its database is closed (and kept as
     * it was), the server remembered, and the window asks for the server account ({@code user} filled in).
     */
    public void workOnServer(String address, String user) {
        AppContext opened = context();
        if (opened == null || opened.onServer()) {
            return;
        }
        java.nio.file.Path database = opened.databaseFile();
        try {
            lactracker.app.TeamServer.remember(database, address);
        } catch (java.io.IOException e) {
            LOG.warn("The team server could not be remembered", e);
            news(Messages.get("move.notRemembered"));
            return;
        }
        services = null;
        databasePath = database;
        childrenCount.set(-1);
        state.set(State.OPENING);
        Runnable signIn = () -> askToSignInToServer(address.strip(),
                lactracker.app.TeamServer.gate(address.strip(), opened.clock()), user);
        // Closing the file can take a while (H2 writes its last changes out): off the window's thread.
        runner.task(progress -> {
            opened.close();
            return Boolean.TRUE;
        }).onSuccess(closed -> signIn.run()).onFailure(error -> {
            LOG.warn("This computer's database did not close cleanly", error);
            signIn.run();
        }).start();
    }

    /** From the sign-in: every password is forgotten, and the recovery key is at hand. */
    public void askToRecover() {
        formProblems.clear();
        formMessage.set("");
        state.set(State.RECOVER);
    }

    /** Back from the recovery key to signing in with a password. */
    public void backToSignIn() {
        signInMessage.set("");
        state.set(State.SIGN_IN);
    }

    /**
     * Opens the database with the recovery key, giving administrator {@code username} a new password; a wrong
     * key, an account that is not an administrator's or a weak password is said, and the window stays.
     */
    public void recover(String key, String username, char[] password, char[] again) {
        if (!samePasswordTwice(password, again)) {
            return;
        }
        java.nio.file.Path database = databasePath;
        var accounts = this.accounts;
        lastSignInName = username == null ? "" : username.strip();
        runner.task(progress -> {
            try {
                return accounts.recover(database, key, username, password);
            } finally {
                lactracker.app.Accounts.forget(password);
            }
        }).onSuccess(context -> {
            signedInAs.set(context.username());
            open(() -> context);
        }).onFailure(this::formFailed).start();
    }

    /**
     * The signed-in person changes their own password, after their current one; says how it went, as news.
     * A weak new password, or two that differ, is said and nothing changes.
     */
    public void changePassword(char[] current, char[] next, char[] again) {
        if (!java.util.Arrays.equals(next, again)) {
            lactracker.app.Accounts.forget(current);
            lactracker.app.Accounts.forget(next);
            lactracker.app.Accounts.forget(again);
            news(Messages.get("firstRun.passwordsDiffer"));
            return;
        }
        lactracker.app.Accounts.forget(again);
        AppContext signedIn = context();
        var accounts = this.accounts;
        runner.task(progress -> {
            try {
                accounts.changePassword(signedIn, current, next);
            } finally {
                lactracker.app.Accounts.forget(current);
                lactracker.app.Accounts.forget(next);
            }
            return Boolean.TRUE;
        }).onSuccess(done -> news(Messages.get("password.changed")))
                .onFailure(error -> news(Messages.forError(error, logFolder))).start();
    }

    /** Each field's problem on the set-up or recovery form ("password", "name", "username", "again"). */
    public javafx.collections.ObservableMap<String, String> formProblems() {
        return formProblems;
    }

    /** Why the set-up or recovery failed, when it is not one field's problem; empty otherwise. */
    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    /** The recovery key made at set-up, while it is shown; empty once kept. */
    public ReadOnlyStringProperty recoveryKeyProperty() {
        return recoveryKey.getReadOnlyProperty();
    }

    public String logFolder() {
        return logFolder;
    }

    /** The open context, or null before the database is open. */
    public AppContext context() {
        return services == null ? null : services.context();
    }

    @Override
    public void close() {
        if (services != null) {
            services.context().close();
            services = null;
        }
    }
}
