package lactracker.ui.settings;

import static lactracker.ui.Tables.column;
import static lactracker.ui.Tables.date;

import java.io.File;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import lactracker.domain.AssessmentType;
import lactracker.domain.TariffPrice;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.ui.Forms;
import lactracker.ui.Labels;
import lactracker.ui.Messages;

/**
 * The team lead's settings: each setting of rules.md with a line on what it does, the home area, the
 * dated tariff, the bank holidays and the team. Each part saves by itself, and every change is audited.
 */
public final class SettingsView {

    private final ScrollPane root;
    private final SettingsViewModel model;
    private final VBox right;
    private final Label readOnlyNote = new Label();
    private final javafx.scene.layout.FlowPane columns;
    private Node first;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        Label title = new Label(Messages.get("screen.settings.title"));
        title.getStyleClass().add("screen-title");
        title.setId("settings-title");
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox status = new HBox(10, title, working);
        status.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(12, rules(), homeArea(), settingsButtons());
        right = new VBox(12, tariff(), holidays(), commissioners(), team());
        left.setPrefWidth(520);
        right.setPrefWidth(520);
        // Two columns side by side when the window is wide, one under the other at 150% on a laptop.
        javafx.scene.layout.FlowPane columns = new javafx.scene.layout.FlowPane(28, 20, left, right);
        columns.setAlignment(Pos.TOP_LEFT);

        readOnlyNote.setId("settings-readOnly");
        readOnlyNote.setWrapText(true);
        readOnlyNote.getStyleClass().add("offer");
        readOnlyNote.setPadding(new Insets(8, 12, 8, 12));
        readOnlyNote.setVisible(false);
        readOnlyNote.setManaged(false);
        this.columns = columns;
        VBox content = new VBox(12, status, readOnlyNote, columns);
        content.setPadding(new Insets(24));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settings");
        root.getProperties().put(SettingsViewModel.class, model);
        root.getProperties().put(Forms.FIRST, first);
    }

    private Node rules() {
        GridPane grid = Forms.grid();
        int row = 0;
        for (SettingsViewModel.NumberSetting n : SettingsViewModel.NUMBERS) {
            TextField field = Forms.text(model.number(n.field()));
            field.setPrefColumnCount(4);
            field.setMaxWidth(70);
            if (row == 0) {
                first = field;
            }
            Label explain = new Label(Messages.get(n.explainKey()));
            explain.getStyleClass().add("hint");
            explain.setWrapText(true);
            Forms.row(grid, row, n.key(), field, n.field(), model.problems());
            grid.add(explain, 0, row + 1, 2, 1);
            GridPane.setMargin(explain, new Insets(0, 0, 6, 0));
            row += 2;
        }
        return new VBox(8, Forms.sectionTitle("settings.section.rules"), grid);
    }

    private Node homeArea() {
        GridPane grid = Forms.grid();
        TextField la = Forms.text(model.homeLocalAuthority);
        la.setMaxWidth(120);
        Forms.row(grid, 0, "settings.homeLocalAuthority", la, "homeLocalAuthority", model.problems());
        Forms.row(grid, 1, "settings.homePostcodeDistricts", Forms.text(model.homePostcodeDistricts), "homePostcodeDistricts",
                model.problems());
        Label explain = new Label(Messages.get("settings.homeArea.explain"));
        explain.getStyleClass().add("hint");
        explain.setWrapText(true);
        return new VBox(8, Forms.sectionTitle("settings.section.home"), explain, grid);
    }

    private Node settingsButtons() {
        Button save = new Button(Messages.get("settings.save"));
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.saveSettings());
        Button defaults = new Button(Messages.get("settings.defaults"));
        defaults.setId("settings-defaults");
        defaults.setOnAction(e -> model.defaults());
        HBox buttons = new HBox(10, save, defaults);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, buttons, message(SettingsViewModel.Part.RULES, "settings-message"));
    }

    /** The message about one part of the screen, shown beside that part's buttons, where it was pressed. */
    private Label message(SettingsViewModel.Part part, String id) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.textProperty().bind(javafx.beans.binding.Bindings.when(model.messagePartProperty().isEqualTo(part))
                .then(model.messageProperty()).otherwise(""));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return message;
    }

    private Node tariff() {
        TableView<TariffPrice> table = new TableView<>(model.tariff());
        table.setId("settings-tariff");
        table.setPlaceholder(new Label(Messages.get("settings.tariff.none")));
        table.setFixedCellSize(24);
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("settings.tariff.type", t -> Labels.of(t.type()), 80));
        table.getColumns().add(date("settings.tariff.from", TariffPrice::validFrom, 110));
        table.getColumns().add(lactracker.ui.Tables.number("settings.tariff.amount", t -> lactracker.ui.Tables.money(t.amount()), 100));
        ComboBox<AssessmentType> type = Forms.choice(model.tariffType,
                FXCollections.observableArrayList(AssessmentType.values()), Labels::of, null);
        type.setId("tariffType");
        type.setMinWidth(Region.USE_PREF_SIZE);
        DatePicker from = Forms.datePicker(model::unreadableTariffDate);
        from.valueProperty().bindBidirectional(model.tariffFrom);
        from.setId("tariffFrom");
        TextField amount = Forms.text(model.tariffAmount);
        amount.setId("tariffAmount");
        amount.setPrefColumnCount(7);
        amount.setPromptText("560.00");
        Button add = new Button(Messages.get("settings.tariff.add"));
        add.setId("settings-tariff-add");
        add.setOnAction(e -> model.addTariff());
        Button remove = new Button(Messages.get("settings.tariff.remove"));
        remove.setId("settings-tariff-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.deleteTariff(table.getSelectionModel().getSelectedItem()));
        Label typeLabel = new Label(Messages.get("settings.tariff.typeField"));
        typeLabel.setMnemonicParsing(true);
        typeLabel.setLabelFor(type);
        typeLabel.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        HBox fields = new HBox(8, typeLabel, type, from, amount);
        fields.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane line = new javafx.scene.layout.FlowPane(8, 8, fields, buttons);
        line.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.join(" ",
                java.util.stream.Stream.of("tariffType", "tariffFrom", "tariffAmount").map(model.problems()::get)
                        .filter(java.util.Objects::nonNull).toList()), model.problems()));
        Label explain = new Label(Messages.get("settings.tariff.explain"));
        explain.getStyleClass().add("hint");
        explain.setWrapText(true);
        return new VBox(8, Forms.sectionTitle("settings.section.tariff"), explain, table, line, problem,
                message(SettingsViewModel.Part.TARIFF, "settings-tariff-message"));
    }

    private Node holidays() {
        Label known = new Label();
        known.setId("settings-holidays");
        known.setWrapText(true);
        known.textProperty().bind(model.holidaysProperty());
        Button load = new Button(Messages.get("settings.holidays.import"));
        load.setId("settings-holidays-import");
        load.disableProperty().bind(model.busyProperty());
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("settings.holidays.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("settings.holidays.files"), "*.json"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.importBankHolidays(file.toPath());
            }
        });
        return new VBox(8, Forms.sectionTitle("settings.section.holidays"), known, load,
                message(SettingsViewModel.Part.HOLIDAYS, "settings-holidays-message"));
    }

    /**
     * The area's GP practices and their commissioners (issue 24): each child's responsible commissioner is
     * that of their practice on the day. Imported from a CSV, each line from the day chosen.
     */
    private Node commissioners() {
        TableView<lactracker.domain.PracticeCommissioner> table = new TableView<>(model.commissioners());
        table.setId("settings-commissioners");
        table.setPlaceholder(new Label(Messages.get("settings.commissioners.none")));
        table.setFixedCellSize(24);
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("settings.commissioners.practice", lactracker.domain.PracticeCommissioner::practiceCode, 110));
        table.getColumns().add(date("settings.commissioners.from", lactracker.domain.PracticeCommissioner::validFrom, 110));
        table.getColumns().add(column("settings.commissioners.commissioner",
                lactracker.domain.PracticeCommissioner::commissionerCode, 110));
        DatePicker from = Forms.datePicker(model.commissionersFrom, "commissionersFrom", bad -> { }, 130);
        Label fromLabel = Forms.labelFor("settings.commissioners.fromField", from);
        Button load = new Button(Messages.get("settings.commissioners.import"));
        load.setId("settings-commissioners-import");
        load.setMinWidth(Region.USE_PREF_SIZE);
        load.disableProperty().bind(model.busyProperty());
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("settings.commissioners.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("settings.commissioners.files"), "*.csv"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.importCommissioners(file.toPath());
            }
        });
        Button remove = new Button(Messages.get("settings.commissioners.remove"));
        remove.setId("settings-commissioners-remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        remove.setOnAction(e -> model.deleteCommissioner(table.getSelectionModel().getSelectedItem()));
        javafx.scene.layout.FlowPane line = new javafx.scene.layout.FlowPane(8, 8, fromLabel, from, load, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        Label explain = new Label(Messages.get("settings.commissioners.explain"));
        explain.getStyleClass().add("hint");
        explain.setWrapText(true);
        return new VBox(8, Forms.sectionTitle("settings.section.commissioners"), explain, table, line,
                message(SettingsViewModel.Part.COMMISSIONERS, "settings-commissioners-message"));
    }

    /** The daily backup's plan, saved by itself; shown when the shell gives the screen one. */
    private static Node backupPlan(BackupPlanViewModel plan) {
        javafx.scene.control.CheckBox daily = new javafx.scene.control.CheckBox(Messages.get("settings.backup.daily"));
        daily.setId("settings-backup-daily");
        daily.selectedProperty().bindBidirectional(plan.dailyProperty());
        GridPane grid = Forms.grid();
        javafx.scene.control.TextField folder = new javafx.scene.control.TextField();
        folder.textProperty().bindBidirectional(plan.folderProperty());
        Button choose = new Button(Messages.get("settings.backup.choose"));
        choose.setId("settings-backup-choose");
        choose.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(Messages.get("settings.backup.chooseTitle"));
            File current = new File(plan.folderProperty().get());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(choose.getScene().getWindow());
            if (chosen != null) {
                plan.folderProperty().set(chosen.getPath());
            }
        });
        HBox folderRow = new HBox(8, folder, choose);
        HBox.setHgrow(folder, javafx.scene.layout.Priority.ALWAYS);
        folder.setId("settings-backup-folder");
        Label folderLabel = new Label(Messages.get("settings.backup.folder"));
        folderLabel.setMnemonicParsing(true);
        folderLabel.setLabelFor(folder);
        grid.add(folderLabel, 0, 0);
        grid.add(folderRow, 1, 0);
        javafx.collections.ObservableMap<String, String> none = javafx.collections.FXCollections.observableHashMap();
        javafx.scene.control.TextField keep = new javafx.scene.control.TextField();
        keep.setPrefColumnCount(4);
        keep.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keep.textProperty().bindBidirectional(plan.keepProperty());
        Forms.row(grid, 1, "settings.backup.keep", keep, "settings-backup-keep", none);
        Button save = new Button(Messages.get("settings.backup.save"));
        save.setId("settings-backup-save");
        save.disableProperty().bind(plan.busyProperty());
        save.setOnAction(e -> plan.save());
        Label explain = new Label(Messages.get("settings.backup.explain"));
        explain.setWrapText(true);
        Label message = new Label();
        message.setId("settings-backup-message");
        message.setWrapText(true);
        message.textProperty().bind(plan.messageProperty());
        return new VBox(8, Forms.sectionTitle("settings.section.backup"), explain, daily, grid, save, message);
    }

    /** The minutes without use after which the window locks, saved by itself. */
    private static Node idleLock(IdleLockViewModel lock) {
        GridPane grid = Forms.grid();
        javafx.scene.control.TextField minutes = new javafx.scene.control.TextField();
        minutes.setPrefColumnCount(4);
        minutes.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        minutes.textProperty().bindBidirectional(lock.minutesProperty());
        Forms.row(grid, 0, "settings.idleLock.minutes", minutes, "settings-idleLock-minutes",
                javafx.collections.FXCollections.observableHashMap());
        Button save = new Button(Messages.get("settings.idleLock.save"));
        save.setId("settings-idleLock-save");
        save.disableProperty().bind(lock.busyProperty());
        save.setOnAction(e -> lock.save());
        Label explain = new Label(Messages.get("settings.idleLock.explain"));
        explain.setWrapText(true);
        Label message = new Label();
        message.setId("settings-idleLock-message");
        message.setWrapText(true);
        message.textProperty().bind(lock.messageProperty());
        return new VBox(8, Forms.sectionTitle("settings.section.idleLock"), explain, grid, save, message);
    }

    /** The chosen member's account, under the team: access, and a first or reset password. */
    public void addAccounts(AccountViewModel account) {
        account.member.bind(model.memberProperty());
        Label current = new Label();
        current.setId("settings-account-current");
        current.textProperty().bind(account.currentProperty());
        GridPane grid = Forms.grid();
        ComboBox<lactracker.domain.Access> access = Forms.choice(account.access,
                FXCollections.observableArrayList(lactracker.domain.Access.values()), lactracker.domain.Access::label, null);
        Forms.row(grid, 0, "settings.account.access", access, "accountAccess", account.problems());
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.textProperty().bindBidirectional(account.password);
        Forms.row(grid, 1, "settings.account.password", password, "accountPassword", account.problems());
        access.setId("settings-account-access");
        password.setId("settings-account-password");
        Button save = new Button(Messages.get("settings.account.save"));
        save.setId("settings-account-save");
        save.disableProperty().bind(account.busyProperty().or(account.member.isNull()));
        save.setOnAction(e -> account.save());
        Label explain = new Label(Messages.get("settings.account.explain"));
        explain.setWrapText(true);
        Label message = new Label();
        message.setId("settings-account-message");
        message.setWrapText(true);
        message.textProperty().bind(account.messageProperty());
        teamBox.getChildren().addAll(Forms.sectionTitle("settings.section.account"), explain, current, grid, save, message);
        account.load();
    }

    /**
     * An account that may not change the settings reads them: the screen says so above them, and its fields
     * and buttons are greyed (the services refuse a change in any case).
     */
    public void readOnly(String why) {
        readOnlyNote.setText(why);
        readOnlyNote.setVisible(true);
        readOnlyNote.setManaged(true);
        columns.setDisable(true);
    }

    /** Adds the idle lock's minutes at the foot of the right-hand column. */
    public void addIdleLock(IdleLockViewModel lock) {
        right.getChildren().add(idleLock(lock));
    }

    /** Adds the daily backup's plan at the foot of the right-hand column. */
    public void addBackupPlan(BackupPlanViewModel plan) {
        right.getChildren().add(backupPlan(plan));
    }

    /** The team's section, which the accounts join when the screen has them. */
    private final VBox teamBox = new VBox(8);

    private Node team() {
        TableView<TeamMember> table = new TableView<>(model.team());
        table.setId("settings-team");
        table.setPlaceholder(new Label(Messages.get("settings.team.none")));
        table.setFixedCellSize(24);
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("settings.team.name", TeamMember::name, 150));
        table.getColumns().add(column("settings.team.role", m -> roleText(m.role()), 90));
        table.getColumns().add(column("settings.team.username", TeamMember::username, 100));
        table.getColumns().add(column("settings.team.active", m -> Labels.yesNo(m.active()), 60));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null) {
                model.memberProperty().set(m);
            }
        });
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, "settings.member.name", Forms.text(model.memberName), "memberName", model.problems());
        ComboBox<TeamRole> role = Forms.choice(model.memberRole, FXCollections.observableArrayList(TeamRole.values()),
                SettingsView::roleText, null);
        Forms.row(grid, 1, "settings.member.role", role, "memberRole", model.problems());
        Forms.row(grid, 2, "settings.member.username", Forms.text(model.memberUsername), "memberUsername", model.problems());
        CheckBox active = new CheckBox(Messages.get("settings.member.activeBox"));
        active.selectedProperty().bindBidirectional(model.memberActive);
        Forms.row(grid, 3, "settings.member.active", active, "memberActive", model.problems());
        Button save = new Button(Messages.get("settings.member.save"));
        save.setId("settings-member-save");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.saveMember());
        Button fresh = new Button(Messages.get("settings.member.new"));
        fresh.setId("settings-member-new");
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.newMember();
        });
        teamBox.getChildren().setAll(Forms.sectionTitle("settings.section.team"), table, grid, new HBox(10, save, fresh),
                message(SettingsViewModel.Part.TEAM, "settings-team-message"));
        return teamBox;
    }

    private static String roleText(TeamRole r) {
        return Messages.get(switch (r) {
            case NURSE -> "settings.role.nurse";
            case DOCTOR -> "settings.role.doctor";
            case ADMIN -> "settings.role.admin";
            case TEAM_LEAD -> "settings.role.lead";
        });
    }

    public SettingsViewModel model() {
        return model;
    }

    public Node root() {
        return root;
    }
}
