package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import lactracker.domain.AuditEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Changes tab reads as words: no table names, no JSON, dates as the screens write them. */
class ChangeWordsTest {

    private static AuditEntry entry(String action, String table, String before, String after) {
        return new AuditEntry(1, Instant.parse("2026-10-05T10:00:00Z"), "nurse", action, table, "7", 3L,
                before == null || before.isEmpty() ? null : before, after == null || after.isEmpty() ? null : after);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "update | health_assessment | {\"outcome\":null,\"outcomeDate\":null} | {\"outcome\":\"DID_NOT_ATTEND\",\"outcomeDate\":\"2026-10-05\"}"
                + " | Assessment changed | Outcome: did not attend (was: none); Outcome date: 5 Oct 2026 (was: none)",
        "insert | child | | {\"id\":3,\"laChildId\":\"A1\",\"familyName\":\"ZETA\",\"nhsNumber\":\"9990000018\",\"notes\":null,\"uascFlagged\":false,\"version\":0}"
                + " | Child's record added | LA id: A1; Family name: ZETA; NHS number: 9990000018; UASC (the team's flag): no",
        "delete | payment | {\"id\":4,\"invoiceReference\":\"INV-7\",\"amount\":560.00} | "
                + " | Invoice deleted | Invoice reference: INV-7; Amount: 560.00",
        "update | health_assessment | {\"dental\":{\"cariesFound\":null}} | {\"dental\":{\"cariesFound\":true,\"lastCheckDate\":\"2026-08-01\"}}"
                + " | Assessment changed | Dental: caries found yes, last check date 1 Aug 2026 (was: none)",
        "update | setting | {\"ihaDueWorkingDays\":20} | {\"ihaDueWorkingDays\":21}"
                + " | Settings changed | IHA due working days: 21 (was: 20)",
        "access | document | | {\"document\":\"care-leaver-summary\",\"where\":\"/tmp/summary.pdf\"}"
                + " | Made a care leaver's health summary | to /tmp/summary.pdf",
    })
    void anEntryReadsAsWords(String action, String table, String before, String after, String what, String values) {
        AuditEntry e = entry(action, table, before, after);
        assertThat(ChangeWords.what(e)).isEqualTo(what);
        assertThat(ChangeWords.values(e)).isEqualTo(values).doesNotContain("{", "\"", "_");
    }

    @org.junit.jupiter.api.Test
    void aNurseIsNamedNotNumbered() {
        AuditEntry e = entry("update", "child", "{\"allocatedNurseId\":null}", "{\"allocatedNurseId\":5}");
        assertThat(ChangeWords.values(e, java.util.Map.of(5L, "Nurse Invented"))).isEqualTo("Nurse: Nurse Invented (was: none)");
    }
}
