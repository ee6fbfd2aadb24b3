package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 21's accesses: each may do what the one before it may, and more. */
class AccessRulesTest {
    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
        "NURSE, LOG_ASSESSMENT, true", "NURSE, KEEP_CHILD_RECORD, true", "NURSE, REASSIGN_CHILDREN, false",
        "NURSE, RUN_ESCALATIONS, false", "NURSE, RECORD_PAYMENTS, false", "NURSE, IMPORT, false",
        "NURSE, EXPORT_AUDIT, false", "NURSE, MANAGE_ACCOUNTS, false", "NURSE, CHANGE_SETTINGS, false",
        "NURSE, BACK_UP, false", "NURSE, RESTORE, false", "NURSE, CHECK_DATABASE, false", "NURSE, FILL_DEMO, false",
        "TEAM_LEAD, LOG_ASSESSMENT, true", "TEAM_LEAD, KEEP_CHILD_RECORD, true", "TEAM_LEAD, REASSIGN_CHILDREN, true",
        "TEAM_LEAD, RUN_ESCALATIONS, true", "TEAM_LEAD, RECORD_PAYMENTS, true", "TEAM_LEAD, IMPORT, true",
        "TEAM_LEAD, EXPORT_AUDIT, true", "TEAM_LEAD, MANAGE_ACCOUNTS, false", "TEAM_LEAD, CHANGE_SETTINGS, false",
        "TEAM_LEAD, BACK_UP, false", "TEAM_LEAD, RESTORE, false", "TEAM_LEAD, CHECK_DATABASE, false",
        "TEAM_LEAD, FILL_DEMO, false",
        "ADMINISTRATOR, LOG_ASSESSMENT, true", "ADMINISTRATOR, REASSIGN_CHILDREN, true", "ADMINISTRATOR, EXPORT_AUDIT, true",
        "ADMINISTRATOR, MANAGE_ACCOUNTS, true", "ADMINISTRATOR, CHANGE_SETTINGS, true", "ADMINISTRATOR, BACK_UP, true",
        "ADMINISTRATOR, RESTORE, true", "ADMINISTRATOR, CHECK_DATABASE, true", "ADMINISTRATOR, FILL_DEMO, true",
    })
    void eachAccessMayDoWhatTheIssueSays(Access access, Action action, boolean may) {
        assertThat(access.may(action)).isEqualTo(may);
    }

    @ParameterizedTest
    @CsvSource({"NURSE, REASSIGN_CHILDREN, 'Your account (nurse) may not allocate children to a nurse: ask a team lead. Nothing was changed.'",
        "TEAM_LEAD, MANAGE_ACCOUNTS, 'Your account (team lead) may not add or change team members'' accounts: ask an administrator. Nothing was changed.'"})
    void aRefusalSaysWhoMayNotDoWhatAndWhoToAsk(Access access, Action action, String message) {
        assertThat(new NotAllowedException(access, action)).hasMessage(message);
    }
}
