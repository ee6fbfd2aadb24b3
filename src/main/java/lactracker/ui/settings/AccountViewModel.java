package lactracker.ui.settings;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import lactracker.app.Accounts;
import lactracker.app.AppContext;
import lactracker.domain.Access;
import lactracker.domain.TeamMember;
import lactracker.ui.Messages;
import lactracker.ui.task.TaskRunner;

/**
 * The chosen team member's account on the Settings screen (issue 21), for an administrator of a database
 * opened by signing in: its access, and a first or reset password to give them.
 */
public final class AccountViewModel {
    private final TaskRunner runner;
    private final AppContext context;
    private final Accounts accounts;
    private final String logFolder;
    public final ObjectProperty<TeamMember> member = new SimpleObjectProperty<>(this, "member");
    public final ObjectProperty<Access> access = new SimpleObjectProperty<>(this, "access", Access.NURSE);
    public final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private Map<Long, Access> byMember = new HashMap<>();

    public AccountViewModel(TaskRunner runner, AppContext context, Accounts accounts, String logFolder) {
        this.runner = runner;
        this.context = context;
        this.accounts = accounts;
        this.logFolder = logFolder;
        member.addListener((o, a, m) -> show());
    }

    /** Whether the screen shows accounts at all: a database opened by signing in, and an administrator. */
    public static boolean applies(AppContext context) {
        return context.access().may(lactracker.domain.Action.MANAGE_ACCOUNTS) && context.encrypted();
    }

    /** Reads every account's access, in the background. */
    public void load() {
        runner.task(progress -> Accounts.accessByMember(context)).onSuccess(read -> {
            byMember = read;
            show();
        }).onFailure(this::failed).start();
    }

    private void show() {
        TeamMember m = member.get();
        Access has = m == null || m.id() == null ? null : byMember.get(m.id());
        current.set(m == null || m.id() == null ? "" : has == null ? Messages.get("settings.account.none")
                : Messages.format("settings.account.has", has.label()));
        access.set(has == null ? Access.NURSE : has);
        password.set("");
        problems.clear();
        message.set("");
    }

    /** Gives the chosen member an account, or changes its access; a password typed is theirs to sign in with. */
    public void save() {
        TeamMember m = member.get();
        if (m == null || m.id() == null) {
            message.set(Messages.get("settings.account.saveMemberFirst"));
            return;
        }
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        password.set("");
        Access chosen = access.get();
        problems.clear();
        busy.set(true);
        runner.task(progress -> {
            try {
                accounts.setAccount(context, m.id(), chosen, typed);
            } finally {
                Accounts.forget(typed);
            }
            return Accounts.accessByMember(context);
        }).onSuccess(read -> {
            busy.set(false);
            byMember = read;
            show();
            message.set(Messages.format("settings.account.saved", m.username(), chosen.label()));
        }).onFailure(this::failed).start();
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof lactracker.domain.FieldProblem.Refused refused) {
            lactracker.ui.Forms.showProblems(problems, refused.problems());
        }
        message.set(Messages.forError(error, logFolder));
    }

    /** The member's account in words ("Signs in as nurse", "No account yet"). */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }
}
