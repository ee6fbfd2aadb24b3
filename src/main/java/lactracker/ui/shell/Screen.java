package lactracker.ui.shell;

import javafx.scene.input.KeyCode;

/** The screens the navigation offers, in its order, with their message keys and shortcut digit. */
public enum Screen {
    ALERTS("nav.alerts", "screen.alerts.title", KeyCode.DIGIT1),
    CHILDREN("nav.children", "screen.children.title", KeyCode.DIGIT2),
    TEAM("nav.team", "screen.team.title", KeyCode.DIGIT3),
    IMPORT("nav.import", "screen.import.title", KeyCode.DIGIT4),
    AUDIT("nav.audit", "screen.audit.title", KeyCode.DIGIT5),
    ESCALATIONS("nav.escalations", "screen.escalations.title", KeyCode.DIGIT6),
    PAYMENTS("nav.payments", "screen.payments.title", KeyCode.DIGIT7),
    SETTINGS("nav.settings", "screen.settings.title", KeyCode.DIGIT8);

    private final String navKey;
    private final String titleKey;
    private final KeyCode shortcut;

    Screen(String navKey, String titleKey, KeyCode shortcut) {
        this.navKey = navKey;
        this.titleKey = titleKey;
        this.shortcut = shortcut;
    }

    public String navKey() {
        return navKey;
    }

    public String titleKey() {
        return titleKey;
    }

    /** Ctrl (Cmd on macOS) and this digit open the screen. */
    public KeyCode shortcut() {
        return shortcut;
    }

    /** The id of the screen's root node and, with "nav-", of its navigation button. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
