package lactracker.app;

/**
 * The composition root's services: every application service over one open database, made once when it
 * opens and handed to the window's screens and the commands, which make none of their own. Roles and a
 * shared server (issues 21 and 23) are added here, in one place.
 */
public final class AppServices {
    private final AppContext context;
    private final Caseload caseload;
    private final AlertsService alerts;
    private final ChildrenService children;
    private final EscalationsService escalations;
    private final PaymentsService payments;
    private final AuditService audit;
    private final AuditTrailService trail;
    private final TeamService team;
    private final SettingsService settings;
    private final BackupService backups;
    private final DemoService demo;
    private final Import903 import903;
    private final ImportAssessments importAssessments;
    private final DocumentService documents;

    public AppServices(AppContext context) {
        this.context = context;
        this.caseload = new Caseload(context);
        this.alerts = new AlertsService(context, caseload);
        this.children = new ChildrenService(context, caseload);
        this.escalations = new EscalationsService(context, caseload);
        this.payments = new PaymentsService(context, caseload);
        this.audit = new AuditService(context);
        this.trail = new AuditTrailService(context);
        this.team = new TeamService(context, caseload);
        this.settings = new SettingsService(context);
        this.backups = new BackupService(context);
        this.demo = new DemoService(context);
        this.import903 = Import903.of(context);
        this.importAssessments = ImportAssessments.of(context);
        this.documents = new DocumentService(context, DocumentService.templatesFor(context));
    }

    public AppContext context() {
        return context;
    }

    /** The caseload of the day, shared by the screens and commands that show the whole caseload. */
    public Caseload caseload() {
        return caseload;
    }

    public AlertsService alerts() {
        return alerts;
    }

    public ChildrenService children() {
        return children;
    }

    public EscalationsService escalations() {
        return escalations;
    }

    public PaymentsService payments() {
        return payments;
    }

    public AuditService audit() {
        return audit;
    }

    /** The audit trail in words, for a team lead or an administrator. */
    public AuditTrailService trail() {
        return trail;
    }

    public TeamService team() {
        return team;
    }

    public SettingsService settings() {
        return settings;
    }

    public BackupService backups() {
        return backups;
    }

    public DemoService demo() {
        return demo;
    }

    public Import903 import903() {
        return import903;
    }

    public DocumentService documents() {
        return documents;
    }

    public ImportAssessments importAssessments() {
        return importAssessments;
    }

    /** The rules over what is stored, made afresh for each piece of work: it reads the settings once. */
    public RulesService rules() {
        return new RulesService(context.repositories());
    }
}
