package lactracker.store;

import java.time.Clock;

/** Every repository over one database, writing its audit entries in one user's name. */
public record Repositories(
        ChildRepository children,
        EpisodeRepository episodes,
        Oc2Repository oc2,
        AssessmentRepository assessments,
        EscalationRepository escalations,
        PaymentRepository payments,
        TariffRepository tariff,
        TeamRepository team,
        SettingsRepository settings,
        BankHolidayRepository bankHolidays,
        PracticeCommissionerRepository commissioners,
        ImportRunRepository importRuns,
        AuditLogRepository auditLog,
        CaseloadRepository caseload,
        BulkLoader bulk,
        MaintenanceLog maintenance,
        AccountRepository accounts,
        AccessLog access) {

    public static Repositories over(Database database, String username, Clock clock) {
        var dsl = database.dsl();
        var audit = new AuditTrail(dsl, username, clock);
        var assessments = new AssessmentRepository(dsl, audit);
        var escalations = new EscalationRepository(dsl, audit);
        return new Repositories(
                new ChildRepository(dsl, audit),
                new EpisodeRepository(dsl, audit),
                new Oc2Repository(dsl, audit),
                assessments,
                escalations,
                new PaymentRepository(dsl, audit),
                new TariffRepository(dsl, audit),
                new TeamRepository(dsl, audit),
                new SettingsRepository(dsl, audit),
                new BankHolidayRepository(dsl, audit),
                new PracticeCommissionerRepository(dsl, audit),
                new ImportRunRepository(dsl, audit),
                new AuditLogRepository(dsl),
                new CaseloadRepository(dsl, assessments, escalations),
                new BulkLoader(dsl, audit),
                new MaintenanceLog(dsl, audit),
                new AccountRepository(dsl, audit),
                new AccessLog(dsl, audit));
    }
}
