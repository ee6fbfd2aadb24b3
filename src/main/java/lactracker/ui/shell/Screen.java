package lactracker.ui.shell;

import javafx.scene.input.KeyCode;

/**
 * The screens the navigation offers, in its order, with their message keys, shortcut digit and module:
 * the registry. A new screen is a package with its {@link lactracker.ui.screen.ScreenModule} and one line here.
 */
public enum Screen {
    ALERTS("nav.alerts", "screen.alerts.title", KeyCode.DIGIT1, lactracker.ui.alerts.AlertsModule::new),
    CHILDREN("nav.children", "screen.children.title", KeyCode.DIGIT2, lactracker.ui.children.ChildrenModule::new),
    TEAM("nav.team", "screen.team.title", KeyCode.DIGIT3, lactracker.ui.team.TeamModule::new),
    IMPORT("nav.import", "screen.import.title", KeyCode.DIGIT4, lactracker.ui.imports.ImportModule::new,
            lactracker.domain.Action.IMPORT),
    AUDIT("nav.audit", "screen.audit.title", KeyCode.DIGIT5, lactracker.ui.audit.AuditModule::new),
    HEALTH("nav.health", "screen.health.title", KeyCode.DIGIT0, lactracker.ui.health.HealthNeedsModule::new),
    ESCALATIONS("nav.escalations", "screen.escalations.title", KeyCode.DIGIT6,
            lactracker.ui.escalations.EscalationsModule::new),
    PAYMENTS("nav.payments", "screen.payments.title", KeyCode.DIGIT7, lactracker.ui.payments.PaymentsModule::new),
    SETTINGS("nav.settings", "screen.settings.title", KeyCode.DIGIT8, lactracker.ui.settings.SettingsModule::new),
    TRAIL("nav.trail", "screen.trail.title", KeyCode.DIGIT9, lactracker.ui.trail.TrailModule::new,
            lactracker.domain.Action.READ_AUDIT_TRAIL);

    private final String navKey;
    private final String titleKey;
    private final KeyCode shortcut;
    private final java.util.function.Supplier<lactracker.ui.screen.ScreenModule> module;
    private final lactracker.domain.Action needs;

    Screen(String navKey, String titleKey, KeyCode shortcut,
            java.util.function.Supplier<lactracker.ui.screen.ScreenModule> module) {
        this(navKey, titleKey, shortcut, module, null);
    }

    Screen(String navKey, String titleKey, KeyCode shortcut,
            java.util.function.Supplier<lactracker.ui.screen.ScreenModule> module, lactracker.domain.Action needs) {
        this.navKey = navKey;
        this.titleKey = titleKey;
        this.shortcut = shortcut;
        this.module = module;
        this.needs = needs;
    }

    /**
     * Whether an account of {@code access} is offered the screen: one whose whole work it may not do is not
     * shown (the services refuse it in any case).
     */
    public boolean offeredTo(lactracker.domain.Access access) {
        return needs == null || access.may(needs);
    }

    /** A new module of this screen, not yet built. */
    public lactracker.ui.screen.ScreenModule newModule() {
        return module.get();
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

    /** The screen of this id ("escalations"). */
    public static Screen byId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
