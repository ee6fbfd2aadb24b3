package lactracker.ui.settings;

import javafx.scene.Node;
import lactracker.ui.Messages;
import lactracker.ui.screen.ScreenModule;
import lactracker.ui.screen.Shell;

/** The Settings screen: the rules' timescales, the home area, the tariff, bank holidays, the team and backups. */
public final class SettingsModule implements ScreenModule {
    private SettingsViewModel model;

    @Override
    public Node build(Shell shell) {
        model = new SettingsViewModel(shell.runner(), shell.services().settings(), shell.logFolder(), shell::dataChanged);
        model.load();
        var view = new SettingsView(model);
        var plan = new BackupPlanViewModel(shell.runner(), shell.services().backups(), shell.logFolder());
        plan.load();
        view.addBackupPlan(plan);
        var lock = new IdleLockViewModel(shell.runner(), shell.services().settings(), shell.logFolder());
        lock.load();
        view.addIdleLock(lock);
        var context = shell.services().context();
        if (!context.access().may(lactracker.domain.Action.CHANGE_SETTINGS)) {
            view.readOnly(Messages.format("settings.readOnly", context.access().label()));
        }
        if (AccountViewModel.applies(context)) {
            view.addAccounts(new AccountViewModel(shell.runner(), context, new lactracker.app.Accounts(context.clock()),
                    shell.logFolder()));
        }
        return view.root();
    }

    @Override
    public String unsavedChanges() {
        return model != null && model.hasUnsavedChanges() ? Messages.get("unsaved.settings") : null;
    }
}
