package lactracker.store;

import static lactracker.store.jooq.Tables.HOME_POSTCODE_DISTRICT;
import static lactracker.store.jooq.Tables.SETTING;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import lactracker.domain.Settings;
import org.jooq.DSLContext;

/**
 * The settings of rules.md. A setting with no row takes its default from {@link Settings#DEFAULTS},
 * so a new database needs no seeding and a later default change reaches teams that never set it.
 */
public final class SettingsRepository {
    static final String TABLE = "setting";

    private static final String REQUEST_WINDOW = "iha_request_window_working_days";
    private static final String IHA_DUE = "iha_due_working_days";
    private static final String IHA_DUE_SOON = "iha_due_soon_working_days";
    private static final String RHA_DUE_SOON = "rha_due_soon_working_days";
    private static final String ESCALATION_RESPONSE = "escalation_response_working_days";
    private static final String DENTAL_CHECK = "dental_check_months";
    private static final String CARIES_FOLLOW_UP = "caries_follow_up_months";
    private static final String UASC_REVIEW = "uasc_review_months";
    private static final String HOME_LA = "home_local_authority";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public SettingsRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Settings load() {
        Map<String, String> values = dsl.selectFrom(SETTING).fetchMap(SETTING.SETTING_NAME, SETTING.SETTING_VALUE);
        Settings d = Settings.DEFAULTS;
        Set<String> districts = new HashSet<>(dsl.select(HOME_POSTCODE_DISTRICT.DISTRICT).from(HOME_POSTCODE_DISTRICT)
                .fetch(HOME_POSTCODE_DISTRICT.DISTRICT));
        return new Settings(
                number(values, REQUEST_WINDOW, d.ihaRequestWindowWorkingDays()),
                number(values, IHA_DUE, d.ihaDueWorkingDays()),
                number(values, IHA_DUE_SOON, d.ihaDueSoonWorkingDays()),
                number(values, RHA_DUE_SOON, d.rhaDueSoonWorkingDays()),
                number(values, ESCALATION_RESPONSE, d.escalationResponseWorkingDays()),
                number(values, DENTAL_CHECK, d.dentalCheckMonths()),
                number(values, CARIES_FOLLOW_UP, d.cariesFollowUpMonths()),
                number(values, UASC_REVIEW, d.uascReviewMonths()),
                values.getOrDefault(HOME_LA, d.homeLocalAuthority()),
                districts);
    }

    /** The refusal of a save over settings someone else saved since they were read, naming who and when. */
    public StaleRecordException stale() {
        return audit.stale(TABLE, "settings", "store.stale.settings");
    }

    /** Saves every setting as one change, audited with the values before and after. */
    public void save(Settings settings) {
        dsl.transaction(() -> {
            Settings before = load();
            put(REQUEST_WINDOW, settings.ihaRequestWindowWorkingDays());
            put(IHA_DUE, settings.ihaDueWorkingDays());
            put(IHA_DUE_SOON, settings.ihaDueSoonWorkingDays());
            put(RHA_DUE_SOON, settings.rhaDueSoonWorkingDays());
            put(ESCALATION_RESPONSE, settings.escalationResponseWorkingDays());
            put(DENTAL_CHECK, settings.dentalCheckMonths());
            put(CARIES_FOLLOW_UP, settings.cariesFollowUpMonths());
            put(UASC_REVIEW, settings.uascReviewMonths());
            if (settings.homeLocalAuthority() == null) {
                dsl.deleteFrom(SETTING).where(SETTING.SETTING_NAME.eq(HOME_LA)).execute();
            } else {
                put(HOME_LA, settings.homeLocalAuthority());
            }
            dsl.deleteFrom(HOME_POSTCODE_DISTRICT).execute();
            for (String district : settings.homePostcodeDistricts()) {
                dsl.insertInto(HOME_POSTCODE_DISTRICT).set(HOME_POSTCODE_DISTRICT.DISTRICT, district).execute();
            }
            audit.updated(TABLE, "settings", null, before, settings);
        });
    }

    private static final String BACKUP_DAILY = "backup_daily";
    private static final String BACKUP_FOLDER = "backup_folder";
    private static final String BACKUP_KEEP = "backup_keep";

    /** The daily backup's plan; {@code defaultFolder} until a folder has been chosen. */
    public lactracker.domain.BackupPlan backupPlan(String defaultFolder) {
        Map<String, String> values = dsl.selectFrom(SETTING).where(SETTING.SETTING_NAME.in(BACKUP_DAILY, BACKUP_FOLDER,
                BACKUP_KEEP)).fetchMap(SETTING.SETTING_NAME, SETTING.SETTING_VALUE);
        return new lactracker.domain.BackupPlan(!"false".equals(values.get(BACKUP_DAILY)),
                values.getOrDefault(BACKUP_FOLDER, defaultFolder), number(values, BACKUP_KEEP, 14));
    }

    /** Saves the daily backup's plan as one audited change. */
    public void saveBackupPlan(lactracker.domain.BackupPlan plan, String defaultFolder) {
        dsl.transaction(() -> {
            var before = backupPlan(defaultFolder);
            put(BACKUP_DAILY, plan.daily());
            put(BACKUP_FOLDER, plan.folder());
            put(BACKUP_KEEP, plan.keep());
            audit.updated(TABLE, "backup", null, before, plan);
        });
    }

    private static final String IDLE_LOCK = "idle_lock_minutes";

    /** Minutes without input before the window locks (issue 21), {@code fallback} until one is saved. */
    public int idleLockMinutes(int fallback) {
        String value = dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_NAME.eq(IDLE_LOCK))
                .fetchOne(SETTING.SETTING_VALUE);
        return value == null ? fallback : Integer.parseInt(value);
    }

    /** Saves the minutes before the window locks, as one audited change. */
    public void saveIdleLockMinutes(int minutes, int fallback) {
        dsl.transaction(() -> {
            int before = idleLockMinutes(fallback);
            put(IDLE_LOCK, minutes);
            audit.updated(TABLE, IDLE_LOCK, null, Map.of("idleLockMinutes", before), Map.of("idleLockMinutes", minutes));
        });
    }

    private static final String DEMO = "demo_data";

    /** Marks the database as holding invented demo children, so every screen can say so. */
    public void markDemo() {
        dsl.transaction(() -> {
            put(DEMO, "true");
            audit.updated(TABLE, DEMO, null, Map.of("demo", false), Map.of("demo", true));
        });
    }

    /** Whether the database holds the invented demo caseload. */
    public boolean isDemo() {
        return dsl.fetchExists(SETTING, SETTING.SETTING_NAME.eq(DEMO));
    }

    private void put(String name, Object value) {
        dsl.mergeInto(SETTING)
                .using(dsl.selectOne())
                .on(SETTING.SETTING_NAME.eq(name))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, String.valueOf(value))
                .whenNotMatchedThenInsert(SETTING.SETTING_NAME, SETTING.SETTING_VALUE).values(name, String.valueOf(value))
                .execute();
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
