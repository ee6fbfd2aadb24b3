package lactracker.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lactracker.ui.Messages;

/**
 * The main window: menu, navigation on the left, the selected screen in the middle, a status bar.
 * Built in code; every control has an id for tests and a mnemonic or shortcut for the keyboard.
 */
public final class MainWindow {
    private final ShellViewModel model;
    private final Stage stage;
    /** The window's frame: menu, navigation, screen, status bar; the lock covers it ({@link #root}). */
    private final BorderPane frame = new BorderPane();
    private final StackPane root = new StackPane(frame);
    /** Asks every few seconds whether the window has been idle long enough to lock. */
    private final javafx.animation.Timeline idleCheck;
    /** What had the keyboard when the window locked: it has it again once unlocked. */
    private Node focusBeforeLock;
    private final StackPane content = new StackPane();
    private javafx.beans.binding.BooleanBinding demoOffering;
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final VBox nav = new VBox(4);
    /** Each screen's module, made once; its node is built the first time it is wanted ({@link #screens}). */
    private final Map<Screen, lactracker.ui.screen.ScreenModule> modules = new EnumMap<>(Screen.class);
    private final lactracker.ui.screen.Shell shell = new WindowShell();
    /** The screen each child was just saved on, while the caseload catches up: it already shows the change. */
    private final Map<Long, lactracker.ui.screen.ScreenModule> savedOn = new java.util.HashMap<>();
    /**
     * Every minute the caseload of the day catches up with changes made outside this window (a command run
     * beside it, a scheduled import, another desk on a shared database) and tells the screens; it reads
     * nothing whole when nothing changed.
     */
    private final javafx.animation.Timeline catchingUp;
    /** While the team's server does not answer, it is asked again this often. */
    private static final int RETRY_SECONDS = 10;
    private final javafx.animation.Timeline retrying;

    /** More children changed at once than this, and every screen reads its lines again instead. */
    private static final int ONE_BY_ONE_UP_TO = 50;

    public MainWindow(ShellViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        frame.setId("main-window");
        for (Screen screen : Screen.values()) {
            modules.put(screen, screen.newModule());
        }
        model.setOnCaseloadChange(this::caseloadChanged);
        catchingUp = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.seconds(60), e -> model.catchUpQuietly()));
        catchingUp.setCycleCount(javafx.animation.Animation.INDEFINITE);
        frame.setTop(new VBox(menuBar(), demoBanner(), connectionBanner()));
        retrying = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.seconds(RETRY_SECONDS), e -> model.retryIfLost()));
        retrying.setCycleCount(javafx.animation.Animation.INDEFINITE);
        retrying.play();
        frame.setLeft(navigation());
        // A screen that does not fit (a small window, or 150% scaling on a 1366x768 display) scrolls
        // instead of being cut off; one that fits fills the window as before.
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().addAll("edge-to-edge", "content-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        frame.setCenter(new VBox(demoOffer(), scroller));
        frame.setBottom(statusBar());
        idleCheck = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.seconds(5), e -> model.checkIdle()));
        idleCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleCheck.play();
        model.lockedProperty().addListener((obs, was, now) -> showLocked(now));
        content.getStyleClass().add("content");

        model.servicesMadeProperty().addListener((obs, was, now) -> {
            if (was.intValue() > 0) {
                remakeScreens(); // before the ready state shows a screen built over the closed services
            }
        });
        model.stateProperty().addListener((obs, old, state) -> showState(state));
        model.maintenanceNewsProperty().addListener((obs, old, text) -> showNews(text));
        model.selectedScreenProperty().addListener((obs, old, screen) -> showScreen(screen));
        navigation.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one screen is always selected
            } else {
                model.selectedScreenProperty().set((Screen) toggle.getUserData());
            }
        });
        showState(model.stateProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Keyboard shortcuts that work anywhere in the window: Ctrl+1 to Ctrl+9 open the screens. */
    public void installShortcuts() {
        // Releasing Alt after an Alt+letter shortcut put the keyboard in the menu bar, so the next
        // arrow key opened the File menu: the release of an Alt that served a shortcut is kept from it.
        boolean[] altServed = {false};
        // On the window, whose filters run before the scene's, where the menu bar listens.
        stage.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ALT) {
                altServed[0] = false;
            } else if (e.isAltDown()) {
                altServed[0] = true;
            }
        });
        stage.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ALT && altServed[0]) {
                altServed[0] = false;
                e.consume();
            }
        });
        // Any key or mouse use keeps the window unlocked (on the window, before any screen consumes it).
        stage.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> model.inputSeen());
        stage.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> model.inputSeen());
        stage.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> model.inputSeen());
        stage.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> model.inputSeen());
        stage.setOnCloseRequest(e -> {
            if (hasUnsavedChanges() && !lactracker.ui.Dialogs.confirmDiscard(stage, unsavedChanges())) {
                e.consume(); // the window stays open
            }
        });
        for (Screen screen : Screen.values()) {
            stage.getScene().getAccelerators().put(new KeyCodeCombination(screen.shortcut(), KeyCombination.SHORTCUT_DOWN),
                    () -> {
                        if (model.stateProperty().get() == ShellViewModel.State.READY && !model.lockedProperty().get()
                                && navButtons.get(screen).isVisible()) {
                            navButtons.get(screen).setSelected(true);
                            navButtons.get(screen).requestFocus();
                            // Ctrl+2 then typing searches: the keyboard lands where the work starts.
                            Object first = screens.get(screen) == null ? null
                                    : screens.get(screen).getProperties().get(lactracker.ui.Forms.FIRST);
                            if (first instanceof Runnable focus) {
                                focus.run();
                            } else if (first instanceof Node node) {
                                lactracker.ui.Forms.focusOnceShown(node, stage.getScene());
                            }
                        }
                    });
        }
    }

    /** Said while the team's server does not answer: nothing typed is lost, and it is asked again. */
    private Node connectionBanner() {
        Label banner = new Label(Messages.format("server.banner.lost", RETRY_SECONDS));
        banner.setId("connection-banner");
        banner.getStyleClass().add("connection-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(model.connectionLostProperty());
        banner.managedProperty().bind(model.connectionLostProperty());
        return banner;
    }

    private Node demoBanner() {
        Label banner = new Label();
        // A demo made by the first run opens without signing in; one set up with accounts (a training copy) does not.
        banner.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                model.stateProperty().get() == ShellViewModel.State.READY && model.locks() ? "demo.bannerSignedIn"
                        : "demo.banner"), model.stateProperty()));
        banner.setId("demo-banner");
        banner.getStyleClass().add("demo-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(model.demoProperty());
        banner.managedProperty().bind(model.demoProperty());
        return banner;
    }

    /** The first-run offer of an invented caseload, with its progress while it is added. */
    private Node demoOffer() {
        Label title = new Label(Messages.get("demo.offer.title"));
        title.getStyleClass().add("offer-title");
        Label text = new Label(Messages.format("demo.offer.text", model.demoChildren()));
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap rather than cut the sentence short
        Label failure = new Label();
        failure.setId("demo-failure");
        failure.getStyleClass().add("error-text");
        failure.setWrapText(true);
        failure.textProperty().bind(model.demoFailureProperty());
        failure.managedProperty().bind(model.demoFailureProperty().isNotEmpty());
        Button add = new Button(Messages.format("demo.offer.add", model.demoChildren()));
        add.setId("demo-add");
        add.setDefaultButton(true);
        add.setOnAction(e -> model.addDemoChildren());
        Button decline = new Button(Messages.get("demo.offer.decline"));
        decline.setId("demo-decline");
        decline.setOnAction(e -> model.declineDemo());
        HBox buttons = new HBox(10, add, decline);
        VBox offer = new VBox(8, title, text, failure, buttons);
        offer.setId("demo-offer");
        offer.getStyleClass().add("offer");
        offer.setPadding(new Insets(16));
        demoOffering = model.demoOfferedProperty().and(model.stateProperty().isEqualTo(ShellViewModel.State.READY));

        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("demo-progress");
        bar.progressProperty().bind(model.demoProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label adding = new Label(Messages.get("demo.adding"));
        VBox progress = new VBox(6, adding, bar);
        progress.setPadding(new Insets(16));
        var busyAdding = model.demoProgressProperty().greaterThanOrEqualTo(0);
        progress.visibleProperty().bind(busyAdding);
        progress.managedProperty().bind(busyAdding);
        // The offer is taken out of the window, not hidden, when it is not made: a hidden button's Alt+letter
        // stays with the window, and JavaFX looks no further than the first registered letter that matches
        // in either case, so the hidden "Start empt_y" left "_Yes" on the Payments screen dead.
        VBox box = new VBox(progress);
        Runnable place = () -> {
            if (demoOffering.get()) {
                if (!box.getChildren().contains(offer)) {
                    box.getChildren().add(0, offer);
                }
                add.requestFocus();
            } else {
                box.getChildren().remove(offer);
            }
        };
        demoOffering.addListener((obs, was, now) -> place.run());
        place.run();
        return box;
    }

    /** Prints what the screen shown offers: its list as filtered and sorted, a child's record, the audit figures. */
    private void printShown() {
        Node shown = content.getChildren().isEmpty() ? null : content.getChildren().get(0);
        Object supplier = shown == null ? null : shown.getProperties().get(lactracker.ui.print.Printout.KEY);
        lactracker.ui.print.Printout printout = supplier instanceof java.util.function.Supplier<?> s
                && s.get() instanceof lactracker.ui.print.Printout p ? p : null;
        lactracker.ui.print.Printing.print(stage, printout, model.username(),
                (printer, pages) -> model.printed(printout.title() + ": " + printout.subtitle(), printer, pages));
    }

    private MenuBar menuBar() {
        MenuItem exit = new MenuItem(Messages.get("menu.file.exit"));
        exit.setId("menu-exit");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        // Through the close request, so the unsaved-changes question is asked here too.
        exit.setOnAction(e -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        MenuItem print = new MenuItem(Messages.get("menu.file.print"));
        print.setId("menu-print");
        print.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        print.setOnAction(e -> printShown());
        MenuItem backup = new MenuItem(Messages.get("menu.file.backup"));
        backup.setId("menu-backup");
        backup.setOnAction(e -> chooseBackupTarget());
        MenuItem restore = new MenuItem(Messages.get("menu.file.restore"));
        restore.setId("menu-restore");
        restore.setOnAction(e -> chooseBackupToRestore());
        MenuItem check = new MenuItem(Messages.get("menu.file.check"));
        check.setId("menu-check");
        check.setOnAction(e -> model.checkDatabase(false));
        MenuItem encrypt = new MenuItem(Messages.get("menu.file.encrypt"));
        encrypt.setId("menu-encrypt");
        encrypt.setOnAction(e -> {
            if (hasUnsavedChanges() && !lactracker.ui.Dialogs.confirmDiscard(stage, unsavedChanges())) {
                return;
            }
            model.askToEncrypt();
        });
        encrypt.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.mayEncrypt(), model.stateProperty(),
                model.demoProperty()));
        MenuItem password = new MenuItem(Messages.get("menu.file.password"));
        password.setId("menu-password");
        password.setOnAction(e -> askForNewPassword());
        password.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.locks() || !model.fileActions(),
                model.stateProperty()));
        MenuItem lock = new MenuItem(Messages.get("menu.file.lock"));
        lock.setId("menu-lock");
        lock.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        lock.setOnAction(e -> model.lockNow());
        lock.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.locks(), model.stateProperty()));
        // On a team server its administrator backs up, restores and checks, with the server's own tools.
        var noFile = Bindings.createBooleanBinding(() -> !model.fileActions(), model.stateProperty());
        backup.disableProperty().bind(noFile);
        restore.disableProperty().bind(noFile);
        check.disableProperty().bind(noFile);
        MenuItem moveToServer = new MenuItem(Messages.get("menu.file.moveToServer"));
        moveToServer.setId("menu-moveToServer");
        moveToServer.setOnAction(e -> askToMoveToServer());
        moveToServer.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.mayMoveToServer() || model.movingProperty().get(),
                model.stateProperty(), model.movingProperty()));
        Menu file = new Menu(Messages.get("menu.file"), null, print, new javafx.scene.control.SeparatorMenuItem(), backup,
                restore, check, moveToServer, new javafx.scene.control.SeparatorMenuItem(), encrypt, password, lock, exit);
        file.setId("menu-file");

        MenuItem guide = new MenuItem(Messages.get("menu.help.guide"));
        guide.setId("menu-guide");
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(e -> lactracker.ui.help.HelpWindow.showGuide(stage));
        MenuItem keys = new MenuItem(Messages.get("menu.help.shortcuts"));
        keys.setId("menu-shortcuts");
        keys.setOnAction(e -> lactracker.ui.help.HelpWindow.showShortcuts(stage));
        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setId("menu-about");
        about.setOnAction(e -> AboutDialog.show(stage, model.databaseLocationProperty().get(), model.logFolder()));
        Menu help = new Menu(Messages.get("menu.help"), null, guide, keys, new javafx.scene.control.SeparatorMenuItem(), about);
        help.setId("menu-help");
        return new MenuBar(file, help);
    }

    /** File > Change my password: the current one, and the new one twice. */
    private void askForNewPassword() {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(Messages.get("password.title"));
        dialog.setHeaderText(Messages.format("password.header", model.username()));
        PasswordField current = new PasswordField();
        PasswordField next = new PasswordField();
        PasswordField again = new PasswordField();
        current.setId("password-current");
        next.setId("password-new");
        again.setId("password-again");
        GridPane grid = lactracker.ui.Forms.grid();
        var none = javafx.collections.FXCollections.<String, String>observableHashMap();
        lactracker.ui.Forms.row(grid, 0, "password.current", current, null, none);
        lactracker.ui.Forms.row(grid, 1, "password.new", next, null, none);
        lactracker.ui.Forms.row(grid, 2, "firstRun.again", again, null, none);
        Label rules = new Label(Messages.get("firstRun.passwordRules"));
        rules.setWrapText(true);
        rules.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(12, grid, rules));
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty().bind(
                current.textProperty().isEmpty().or(next.textProperty().isEmpty()).or(again.textProperty().isEmpty()));
        dialog.getDialogPane().setId("password-dialog");
        javafx.application.Platform.runLater(current::requestFocus);
        dialog.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> model.changePassword(
                current.getText().toCharArray(), next.getText().toCharArray(), again.getText().toCharArray()));
        current.clear();
        next.clear();
        again.clear();
    }

    /**
     * File > Move onto a team server (an administrator, on this computer's database): the server's address
     * and the account that owns the tracker's tables there; the move then runs in the background, with a
     * window to follow and stop it, and when it is done offers to work on the server from now on.
     */
    private void askToMoveToServer() {
        if (hasUnsavedChanges() && !lactracker.ui.Dialogs.confirmDiscard(stage, unsavedChanges())) {
            return;
        }
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(Messages.get("move.title"));
        dialog.setHeaderText(Messages.get("move.header"));
        TextField address = new TextField();
        TextField account = new TextField();
        PasswordField password = new PasswordField();
        address.setId("move-address");
        account.setId("move-account");
        password.setId("move-password");
        address.setPromptText("postgresql://lac-db.trust.nhs.uk/lac_tracker");
        address.setPrefColumnCount(32);
        GridPane grid = lactracker.ui.Forms.grid();
        var none = javafx.collections.FXCollections.<String, String>observableHashMap();
        lactracker.ui.Forms.row(grid, 0, "move.address", address, null, none);
        lactracker.ui.Forms.row(grid, 1, "move.account", account, null, none);
        lactracker.ui.Forms.row(grid, 2, "move.password", password, null, none);
        Label intro = new Label(Messages.get("move.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(480);
        dialog.getDialogPane().setContent(new VBox(12, intro, grid));
        javafx.scene.control.ButtonType moveButton = new javafx.scene.control.ButtonType(Messages.get("move.button"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(moveButton, javafx.scene.control.ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(moveButton).disableProperty().bind(address.textProperty().isEmpty()
                .or(account.textProperty().isEmpty()).or(password.textProperty().isEmpty()));
        dialog.getDialogPane().setId("move-dialog");
        javafx.application.Platform.runLater(address::requestFocus);
        boolean chosen = dialog.showAndWait().filter(b -> b == moveButton).isPresent();
        char[] typed = password.getText().toCharArray();
        password.clear();
        if (!chosen) {
            java.util.Arrays.fill(typed, '\0');
            return;
        }
        String where = address.getText().strip();
        String who = account.getText().strip();
        model.moveToServer(where, who, typed, moved -> {
            if (lactracker.ui.Dialogs.confirmWorkOnServer(stage, where, moved.tables().size(), moved.rows())) {
                model.workOnServer(where, who);
            }
        });
        if (model.movingProperty().get()) {
            showMoving(where);
        }
    }

    /** A window to follow the move by, with a button to stop it; it closes when the move ends. */
    private void showMoving(String server) {
        javafx.stage.Stage moving = new javafx.stage.Stage();
        moving.initOwner(stage);
        moving.initModality(javafx.stage.Modality.WINDOW_MODAL);
        moving.setTitle(Messages.get("move.title"));
        Label said = new Label(Messages.format("move.moving", server));
        said.setWrapText(true);
        said.setMaxWidth(420);
        javafx.scene.control.ProgressIndicator spinning = new javafx.scene.control.ProgressIndicator();
        spinning.setPrefSize(36, 36);
        Button stop = new Button(Messages.get("move.stop"));
        stop.setId("move-stop");
        stop.setCancelButton(true);
        stop.setOnAction(e -> {
            stop.setDisable(true);
            model.cancelMove();
        });
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(16, spinning, said);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(16, top, stop);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(20));
        box.setId("move-progress");
        javafx.scene.Scene scene = new javafx.scene.Scene(box);
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        moving.setScene(scene);
        moving.setOnCloseRequest(e -> {
            e.consume(); // closing it stops the move, as the button does
            stop.fire();
        });
        javafx.beans.value.ChangeListener<Boolean> ended = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    model.movingProperty().removeListener(this);
                    moving.close();
                }
            }
        };
        model.movingProperty().addListener(ended);
        moving.show();
        stop.requestFocus();
    }

    private void chooseBackupTarget() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("backup.chooser.title"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Messages.get("backup.chooser.zip"), "*.zip"));
        chooser.setInitialFileName(lactracker.app.BackupService.nameFor(java.time.LocalDateTime.now()));
        java.io.File folder = new java.io.File(model.backupService().defaultFolder().toString());
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        java.io.File target = chooser.showSaveDialog(stage);
        if (target != null) {
            model.backupNow(target.toPath());
        }
    }

    private void chooseBackupToRestore() {
        if (hasUnsavedChanges() && !lactracker.ui.Dialogs.confirmDiscard(stage, unsavedChanges())) {
            return;
        }
        model.backupFolder(folder -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Messages.get("restore.chooser.title"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    Messages.get("backup.chooser.zip"), "*.zip"));
            if (folder != null && java.nio.file.Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            java.io.File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                askAndRestore(chosen.toPath());
            }
        });
    }

    /** Says what the backup holds (read in the background) and, when the user agrees, restores it. */
    public void askAndRestore(java.nio.file.Path backup) {
        model.readBackup(backup, contents -> {
            if (lactracker.ui.Dialogs.confirmRestore(stage, backup.getFileName().toString(), contents)) {
                model.restore(backup);
            }
        }, error -> ErrorDialog.show(stage, error, model.logFolder()));
    }

    private void showNews(String text) {
        if (!text.isEmpty() && stage.isShowing()) {
            org.controlsfx.control.Notifications.create().owner(stage).title(Messages.get("backup.news.title"))
                    .text(text).hideAfter(javafx.util.Duration.seconds(10)).showInformation();
        }
    }

    private Node navigation() {
        Label heading = new Label(Messages.get("nav.label"));
        heading.getStyleClass().add("nav-heading");
        nav.getChildren().add(heading);
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(Messages.get(screen.navKey()));
            button.setId("nav-" + screen.id());
            button.setMnemonicParsing(true);
            button.setUserData(screen);
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            navButtons.put(screen, button);
            nav.getChildren().add(button);
        }
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(180);
        nav.setDisable(true);
        return nav;
    }

    /**
     * The first run: set the tracker up for real records (the first administrator, an encrypted database)
     * or try it on invented children.
     */
    private Node firstRunPane() {
        boolean encrypting = model.encryptingProperty().get();
        Label title = new Label(Messages.get(encrypting ? "encrypt.title" : "firstRun.title"));
        title.getStyleClass().add("screen-title");
        Label intro = wrapped(Messages.get(encrypting ? "encrypt.intro" : "firstRun.intro"));

        var problems = model.formProblems();
        GridPane form = lactracker.ui.Forms.grid();
        TextField name = new TextField();
        name.setPrefColumnCount(20);
        TextField username = new TextField();
        username.setPrefColumnCount(20);
        PasswordField password = new PasswordField();
        PasswordField again = new PasswordField();
        lactracker.ui.Forms.row(form, 0, "firstRun.name", name, "name", problems);
        lactracker.ui.Forms.row(form, 1, "firstRun.username", username, "username", problems);
        lactracker.ui.Forms.row(form, 2, "firstRun.password", password, "password", problems);
        lactracker.ui.Forms.row(form, 3, "firstRun.again", again, "again", problems);
        name.setId("firstRun-name");
        username.setId("firstRun-username");
        password.setId("firstRun-password");
        again.setId("firstRun-again");
        Label rules = wrapped(Messages.get("firstRun.passwordRules"));
        Label message = formMessage();
        Button setUp = new Button(Messages.get("firstRun.setUp"));
        setUp.setId("firstRun-setUp");
        setUp.setDefaultButton(true);
        setUp.disableProperty().bind(name.textProperty().isEmpty().or(username.textProperty().isEmpty())
                .or(password.textProperty().isEmpty()).or(again.textProperty().isEmpty()).or(model.busyProperty()));
        setUp.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            char[] typedAgain = again.getText().toCharArray();
            password.clear();
            again.clear();
            model.setUp(name.getText(), username.getText(), typed, typedAgain);
        });
        VBox real = new VBox(12, lactracker.ui.Forms.sectionTitle("firstRun.real"), intro, form, rules, message, setUp);
        real.getStyleClass().add("offer");
        real.setPadding(new Insets(16));
        real.setMaxWidth(560);

        Label demoText = wrapped(Messages.format("firstRun.demoText", model.demoChildren()));
        Button demo = new Button(Messages.get("firstRun.demo"));
        demo.setId("firstRun-demo");
        demo.setOnAction(e -> model.tryDemo());
        demo.disableProperty().bind(model.busyProperty());
        javafx.scene.control.Hyperlink server = new javafx.scene.control.Hyperlink(Messages.get("firstRun.server"));
        server.setId("firstRun-server");
        server.setOnAction(e -> askForServer());
        Label serverMessage = errorLine("firstRun-serverMessage", model.serverMessageProperty());
        VBox trying = new VBox(12, lactracker.ui.Forms.sectionTitle("firstRun.trying"), demoText, demo, server,
                serverMessage);
        trying.setPadding(new Insets(16));
        trying.setMaxWidth(560);

        VBox box = encrypting ? new VBox(16, title, real) : new VBox(16, title, real, trying);
        return centred(box, "firstRun", 620, Pos.TOP_CENTER, name);
    }

    /** The first run's "work on the team's server": its address asked for, then the server's sign-in. */
    private void askForServer() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(Messages.get("firstRun.serverTitle"));
        dialog.setHeaderText(Messages.get("firstRun.serverText"));
        dialog.setContentText(Messages.get("firstRun.serverAddress"));
        dialog.getEditor().setId("firstRun-serverAddress");
        dialog.getEditor().setPrefColumnCount(36);
        dialog.getEditor().setPromptText(Messages.get("firstRun.serverPrompt"));
        dialog.getDialogPane().setPrefWidth(620); // the header's words wrap, rather than widen it past the screen
        dialog.showAndWait().filter(address -> !address.isBlank()).ifPresent(model::connectToServer);
    }

    private Label formMessage() {
        return errorLine("form-message", model.formMessageProperty());
    }

    /** A line in red saying why something was refused, shown only while there is something to say. */
    private static Label errorLine(String id, javafx.beans.value.ObservableStringValue text) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE); // wrap, never cut short (150%)
        message.getStyleClass().add("error-text");
        message.textProperty().bind(text);
        message.visibleProperty().bind(Bindings.isNotEmpty(text));
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** The recovery key, shown once after set-up, to print or write down before the screens open. */
    private Node recoveryKeyPane() {
        Label title = new Label(Messages.get("recoveryKey.title"));
        title.getStyleClass().add("screen-title");
        Label intro = wrapped(Messages.get("recoveryKey.intro"));
        TextField key = new TextField(model.recoveryKeyProperty().get());
        key.setId("recoveryKey-key");
        key.setEditable(false); // selectable, to be copied by hand into a password safe, but not changed
        key.getStyleClass().add("recovery-key");
        key.setPrefColumnCount(30);
        Button print = new Button(Messages.get("recoveryKey.print"));
        print.setId("recoveryKey-print");
        print.setOnAction(e -> lactracker.ui.print.Printing.printRecoveryKey(stage, model.recoveryKeyProperty().get(),
                model.username()));
        javafx.scene.control.CheckBox kept = new javafx.scene.control.CheckBox(Messages.get("recoveryKey.kept"));
        kept.setId("recoveryKey-kept");
        kept.setWrapText(true);
        kept.setMinHeight(Region.USE_PREF_SIZE); // wrap, never cut short (150%)
        Button open = new Button(Messages.get("recoveryKey.open"));
        open.setId("recoveryKey-open");
        open.setDefaultButton(true);
        open.disableProperty().bind(kept.selectedProperty().not());
        open.setOnAction(e -> model.recoveryKeyKept());
        VBox box = new VBox(16, title, intro, key, print, kept, open);
        return centred(box, "recoveryKey", 560, Pos.CENTER, key);
    }

    /** Every password forgotten: the recovery key, an administrator's username and their new password. */
    private Node recoverPane() {
        Label title = new Label(Messages.get("recover.title"));
        title.getStyleClass().add("screen-title");
        Label intro = wrapped(Messages.get("recover.intro"));
        var problems = model.formProblems();
        GridPane form = lactracker.ui.Forms.grid();
        TextField key = new TextField();
        key.setPrefColumnCount(30);
        TextField username = new TextField(model.lastSignInName());
        PasswordField password = new PasswordField();
        PasswordField again = new PasswordField();
        lactracker.ui.Forms.row(form, 0, "recover.key", key, "key", problems);
        lactracker.ui.Forms.row(form, 1, "firstRun.username", username, "username", problems);
        lactracker.ui.Forms.row(form, 2, "recover.password", password, "password", problems);
        lactracker.ui.Forms.row(form, 3, "firstRun.again", again, "again", problems);
        key.setId("recover-key");
        username.setId("recover-username");
        password.setId("recover-password");
        again.setId("recover-again");
        Label message = formMessage();
        Button recover = new Button(Messages.get("recover.button"));
        recover.setId("recover-button");
        recover.setDefaultButton(true);
        recover.disableProperty().bind(key.textProperty().isEmpty().or(username.textProperty().isEmpty())
                .or(password.textProperty().isEmpty()).or(again.textProperty().isEmpty()).or(model.busyProperty()));
        recover.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            char[] typedAgain = again.getText().toCharArray();
            password.clear();
            again.clear();
            model.recover(key.getText(), username.getText(), typed, typedAgain);
        });
        Button back = new Button(Messages.get("recover.back"));
        back.setId("recover-back");
        back.setOnAction(e -> model.backToSignIn());
        VBox box = new VBox(16, title, intro, form, message, new HBox(10, recover, back));
        return centred(box, "recover", 620, Pos.CENTER, key);
    }

    /** A sentence that wraps, never cut short (at 150% a pane's sentences need more lines). */
    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A pane of the window's own (set-up, recovery), {@code box} at most {@code width} wide, {@code focus} first. */
    private static Node centred(VBox box, String id, double width, Pos where, Node focus) {
        box.setId(id);
        box.setPadding(new Insets(24));
        box.setMaxWidth(width);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane centred = new StackPane(box);
        centred.setAlignment(where);
        javafx.application.Platform.runLater(focus::requestFocus);
        return centred;
    }

    /** Who is signing in, for an encrypted database: username, password, and why the last try failed. */
    private Node signInPane() {
        Label title = new Label(Messages.get("signIn.title"));
        title.getStyleClass().add("screen-title");
        boolean server = !model.serverAddressProperty().get().isEmpty();
        Label intro = new Label(server ? Messages.format("signIn.introServer", model.serverAddressProperty().get())
                : Messages.get("signIn.intro"));
        intro.setWrapText(true);
        TextField name = new TextField(model.lastSignInName());
        name.setId("signIn-username");
        name.setPrefColumnCount(20);
        PasswordField password = new PasswordField();
        password.setId("signIn-password");
        password.setPrefColumnCount(20);
        Label nameLabel = new Label(Messages.get("signIn.username"));
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        Label passwordLabel = new Label(Messages.get("signIn.password"));
        passwordLabel.setLabelFor(password);
        passwordLabel.setMnemonicParsing(true);
        Label message = errorLine("signIn-message", model.signInMessageProperty());
        Button signIn = new Button(Messages.get("signIn.button"));
        signIn.setId("signIn-button");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(name.textProperty().isEmpty().or(password.textProperty().isEmpty()));
        signIn.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.signIn(name.getText(), typed);
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, nameLabel, name);
        form.addRow(1, passwordLabel, password);
        javafx.scene.control.Hyperlink forgotten = new javafx.scene.control.Hyperlink(Messages.get("signIn.forgotten"));
        forgotten.setId("signIn-forgotten");
        forgotten.setOnAction(e -> model.askToRecover());
        VBox box = new VBox(16, title, intro, form, message, signIn);
        if (!server) { // a server's password is the server's: its administrator resets it
            box.getChildren().add(forgotten);
        } else if (model.thisComputerOffered()) { // the server was chosen at this computer's first run
            javafx.scene.control.Hyperlink here = new javafx.scene.control.Hyperlink(Messages.get("signIn.thisComputer"));
            here.setId("signIn-thisComputer");
            here.setOnAction(e -> model.workOnThisComputer());
            box.getChildren().add(here);
        }
        box.setId("signIn");
        box.setMaxWidth(460);
        box.setPadding(new Insets(24));
        VBox.setMargin(signIn, new Insets(4, 0, 0, 0));
        StackPane centred = new StackPane(box);
        centred.setAlignment(Pos.CENTER);
        javafx.application.Platform.runLater(() -> (name.getText().isEmpty() ? name : password).requestFocus());
        return centred;
    }

    /**
     * Covers the whole window while it is locked, and asks for the signed-in person's password. The screens
     * underneath stay as they are, hidden, with anything typed in them; nothing of them shows or takes a key.
     */
    private void showLocked(boolean locked) {
        if (locked) {
            javafx.scene.Scene scene = stage.getScene();
            focusBeforeLock = scene == null ? null : scene.getFocusOwner();
            closeOwnedWindows();
            frame.setVisible(false);
            frame.setDisable(true);
            Node cover = lockPane();
            root.getChildren().add(cover);
        } else {
            root.getChildren().removeIf(node -> "lock".equals(node.getId()));
            frame.setDisable(false);
            frame.setVisible(true);
            Node back = focusBeforeLock;
            focusBeforeLock = null;
            if (back != null && back.getScene() == stage.getScene()) {
                back.requestFocus();
            }
        }
        stage.setTitle(titleOf(locked ? "lock.title" : model.selectedScreenProperty().get().titleKey()));
    }

    /** Menus and pop-ups of the window shown over it would show what the lock hides: they are closed. */
    private void closeOwnedWindows() {
        for (javafx.stage.Window window : java.util.List.copyOf(javafx.stage.Window.getWindows())) {
            if (window instanceof javafx.stage.PopupWindow popup && popup.getOwnerWindow() == stage) {
                popup.hide();
            }
        }
    }

    private Node lockPane() {
        Label title = new Label(Messages.get("lock.title"));
        title.getStyleClass().add("screen-title");
        Integer minutes = model.lockedAfterMinutes();
        Label intro = new Label(minutes == null ? Messages.format("lock.introByHand", model.username())
                : Messages.format("lock.introIdle", minutes, model.username()));
        intro.setId("lock-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        PasswordField password = new PasswordField();
        password.setId("lock-password");
        password.setPrefColumnCount(20);
        Label passwordLabel = new Label(Messages.get("signIn.password"));
        passwordLabel.setLabelFor(password);
        passwordLabel.setMnemonicParsing(true);
        Label message = errorLine("lock-message", model.lockMessageProperty());
        Button unlock = new Button(Messages.get("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(password.textProperty().isEmpty().or(model.unlockingProperty()));
        unlock.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.unlock(typed);
        });
        Button exit = new Button(Messages.get("lock.exit"));
        exit.setId("lock-exit");
        // Through the close request, so unsaved changes are asked about rather than lost.
        exit.setOnAction(e -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        HBox buttons = new HBox(10, unlock, exit);
        HBox passwordRow = new HBox(10, passwordLabel, password);
        passwordRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(16, title, intro, passwordRow, message, buttons);
        box.setMaxWidth(480);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setPadding(new Insets(24));
        StackPane cover = new StackPane(box);
        cover.setId("lock");
        cover.getStyleClass().add("lock-cover");
        cover.setAlignment(Pos.CENTER);
        javafx.application.Platform.runLater(password::requestFocus);
        return cover;
    }

    private Node statusBar() {
        Label user = new Label();
        user.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("status.user", model.username()),
                model.usernameProperty()));
        user.setId("status-user");
        Label database = new Label();
        database.setId("status-database");
        database.textProperty().bind(Bindings.createStringBinding(
                () -> model.databaseLocationProperty().get().isEmpty() ? ""
                        : Messages.format("status.database", model.databaseLocationProperty().get()),
                model.databaseLocationProperty()));
        database.setMinWidth(0);
        Label children = new Label();
        children.setId("status-children");
        children.textProperty().bind(Bindings.createStringBinding(
                () -> model.childrenCountProperty().get() < 0 ? ""
                        : Messages.format("status.children", model.childrenCountProperty().get()),
                model.childrenCountProperty()));
        ProgressIndicator working = new ProgressIndicator();
        working.setId("status-progress");
        working.setPrefSize(16, 16);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(model.busyProperty());
        Label workingText = new Label(Messages.get("status.working"));
        workingText.visibleProperty().bind(model.busyProperty());
        workingText.managedProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Separator separator = new Separator(javafx.geometry.Orientation.VERTICAL);
        separator.visibleProperty().bind(model.databaseLocationProperty().isNotEmpty());
        HBox bar = new HBox(10, children, separator, database, spacer, working, workingText, user);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    private void showState(ShellViewModel.State state) {
        switch (state) {
            case SIGN_IN -> {
                catchingUp.stop();
                content.getChildren().setAll(signInPane());
                nav.setDisable(true);
            }
            case FIRST_RUN -> {
                content.getChildren().setAll(firstRunPane());
                nav.setDisable(true);
            }
            case RECOVERY_KEY -> {
                content.getChildren().setAll(recoveryKeyPane());
                nav.setDisable(true);
            }
            case RECOVER -> {
                content.getChildren().setAll(recoverPane());
                nav.setDisable(true);
            }
            case OPENING -> {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setId("opening-progress");
                Label text = new Label(Messages.get("opening.message"));
                VBox box = new VBox(12, spinner, text);
                box.setAlignment(Pos.CENTER);
                box.setId("opening");
                content.getChildren().setAll(box);
                nav.setDisable(true);
            }
            case READY -> {
                catchingUp.play();
                var access = model.services().context().access();
                for (Screen screen : Screen.values()) {
                    navButtons.get(screen).setVisible(screen.offeredTo(access));
                    navButtons.get(screen).setManaged(screen.offeredTo(access));
                }
                nav.setDisable(false);
                navButtons.get(model.selectedScreenProperty().get()).setSelected(true);
                showScreen(model.selectedScreenProperty().get());
                if (!model.demoOfferedProperty().get()) {
                    navButtons.get(model.selectedScreenProperty().get()).requestFocus();
                }
            }
            case FAILED, RESTORED -> {
                catchingUp.stop();
                boolean restored = state == ShellViewModel.State.RESTORED;
                Label title = new Label(Messages.get(restored ? "restore.title" : "opening.failed.title"));
                title.getStyleClass().add("screen-title");
                Label message = new Label(restored ? model.restoredMessageProperty().get() : model.failureMessageProperty().get());
                message.setId(restored ? "restore-message" : "opening-failure");
                message.setWrapText(true);
                message.setMaxWidth(560);
                Button exit = new Button(Messages.get("opening.failed.exit"));
                exit.setId("opening-exit");
                exit.setDefaultButton(true);
                // Through the close request, so the unsaved-changes question is asked here too.
        exit.setOnAction(e -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
                VBox box = new VBox(16, title, message, exit);
                if (!restored && model.canRestore()) { // a damaged database is mended by its newest backup
                    Button restore = new Button(Messages.get("menu.file.restore"));
                    restore.setId("opening-restore");
                    restore.setOnAction(e -> chooseBackupToRestore());
                    box.getChildren().set(2, new HBox(10, exit, restore));
                    ((HBox) box.getChildren().get(2)).setAlignment(Pos.CENTER);
                }
                box.setAlignment(Pos.CENTER);
                box.setPadding(new Insets(24));
                content.getChildren().setAll(box);
                nav.setDisable(true);
                exit.requestFocus();
            }
            default -> throw new IllegalStateException(state.toString());
        }
    }

    /**
     * Shows a child's record on the Children screen, opened from another screen on the tab that concerns
     * it; its Back returns to that screen, as it was.
     */
    private void openChildFrom(Screen from, long childId, String tab) {
        navButtons.get(Screen.CHILDREN).setSelected(true);
        ((lactracker.ui.children.ChildrenModule) modules.get(Screen.CHILDREN)).openChild(childId, tab,
                Messages.get(from.titleKey()), () -> {
                    navButtons.get(from).setSelected(true);
                    Node node = screens.get(from);
                    Object first = node == null ? null : node.getProperties().get(lactracker.ui.Forms.FIRST);
                    if (first instanceof Node focus) {
                        lactracker.ui.Forms.focusOnceShown(focus, stage.getScene());
                    }
                });
    }

    /** The screen's node, built the first time it is wanted. */
    private Node node(Screen screen) {
        return screens.computeIfAbsent(screen, s -> modules.get(s).build(shell));
    }

    /** What the window offers its screens. */
    private final class WindowShell implements lactracker.ui.screen.Shell {
        @Override
        public lactracker.app.AppServices services() {
            return model.services();
        }

        @Override
        public lactracker.ui.task.TaskRunner runner() {
            return model.runner();
        }

        @Override
        public String logFolder() {
            return model.logFolder();
        }

        @Override
        public String username() {
            return model.username();
        }

        @Override
        public void openChild(lactracker.ui.screen.ScreenModule from, long childId, String tab) {
            openChildFrom(screenOf(from), childId, tab);
        }

        @Override
        public void showChild(String screenId, long childId) {
            Screen screen = Screen.byId(screenId);
            node(screen);
            navButtons.get(screen).setSelected(true);
            modules.get(screen).showChild(childId);
        }

        @Override
        public void childChanged(lactracker.ui.screen.ScreenModule from, long childId) {
            savedOn.put(childId, from);
            model.catchUp(() -> savedOn.remove(childId, from));
        }

        @Override
        public void dataChanged() {
            model.dataChanged();
        }

        @Override
        public void importDone() {
            model.importDone();
        }

        @Override
        public void prepare(String screenId) {
            prepareOffScreen(Screen.byId(screenId));
        }

        @Override
        public javafx.stage.Window window() {
            return stage;
        }

        private Screen screenOf(lactracker.ui.screen.ScreenModule module) {
            return modules.entrySet().stream().filter(e -> e.getValue() == module).map(Map.Entry::getKey).findFirst()
                    .orElseThrow();
        }
    }

    /** What the caseload of the day found changed, told to the screens (on the UI thread). */
    private void caseloadChanged(lactracker.app.Caseload.Change change) {
        if (change instanceof lactracker.app.Caseload.ChildrenChanged children
                && children.childIds().size() <= ONE_BY_ONE_UP_TO) {
            for (long id : children.childIds()) {
                var savedHere = savedOn.get(id);
                modules.values().stream().filter(m -> m != savedHere).forEach(m -> m.childChanged(id));
            }
        } else {
            modules.values().forEach(lactracker.ui.screen.ScreenModule::reload);
        }
    }

    /**
     * Builds a screen, and starts its reading, as soon as the database is open rather than on the nurse's
     * first Ctrl+2: building and styling the Children screen the first time held the window for
     * 1.7-3.4 s here, which the nurse then met as a frozen window. Done after the window has drawn its
     * ready state, off-screen in a scene of its own, so skins and styles exist when it is shown.
     */
    private void prepareOffScreen(Screen screen) {
        javafx.application.Platform.runLater(() -> {
            // still open when its turn comes: the database may have closed meanwhile (a restore, the window closing)
            if (!screens.containsKey(screen) && model.stateProperty().get() == ShellViewModel.State.READY
                    && model.services() != null) {
                Node node = node(screen);
                if (node.getScene() == null) {
                    javafx.scene.Scene offScreen = new javafx.scene.Scene(new javafx.scene.Group(node));
                    offScreen.getStylesheets().setAll(stage.getScene().getStylesheets());
                    node.applyCss();
                    ((javafx.scene.Parent) node).layout();
                    ((javafx.scene.Group) offScreen.getRoot()).getChildren().clear();
                }
            }
        });
    }

    /** The window's title while {@code key}'s page is shown ("Children – LAC Health Tracker"). */
    private static String titleOf(String key) {
        return Messages.get(key) + " – " + Messages.get("app.title");
    }

    /** The database was opened again under the window: every screen is built anew over its new services. */
    private void remakeScreens() {
        screens.clear();
        savedOn.clear();
        for (Screen screen : Screen.values()) {
            modules.put(screen, screen.newModule());
        }
    }

    /** True when a screen holds changes not yet saved: closing the window asks first. */
    public boolean hasUnsavedChanges() {
        return unsavedChanges() != null;
    }

    /** What holds changes not yet saved, in words ("the invoice on the Payments screen and the settings"), or null. */
    public String unsavedChanges() {
        java.util.List<String> unsaved = new java.util.ArrayList<>();
        for (var module : modules.values()) {
            String what = module.unsavedChanges();
            if (what != null) {
                unsaved.add(what);
            }
        }
        return unsaved.isEmpty() ? null : unsaved.size() == 1 ? unsaved.get(0)
                : String.join(", ", unsaved.subList(0, unsaved.size() - 1)) + " " + Messages.get("unsaved.and") + " "
                        + unsaved.get(unsaved.size() - 1);
    }

    private void showScreen(Screen screen) {
        if (model.stateProperty().get() != ShellViewModel.State.READY) {
            return;
        }
        content.getChildren().setAll(node(screen));
        stage.setTitle(titleOf(screen.titleKey()));
    }
}
