package lactracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import lactracker.testdata.Calendars;
import lactracker.testdata.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audit sheet's detail lists come from the same pass as its figures: each list's lines are exactly
 * the denominator's subjects, and its Y column counts the numerator (issue 7: every figure traceable).
 */
class AuditListsTest {
    private static final List<ChildCase> CASES = LongStream.range(0, 600).mapToObj(RandomCases::from).toList();

    private static long count(AuditList list, String column, String value) {
        int i = list.headers().indexOf(column);
        return list.rows().stream().filter(r -> value == null ? r.get(i) != null : value.equals(r.get(i))).count();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2016/17-Q1", "2016/17-Q2", "2016/17-Q3", "2016/17-Q4", "2017/18-Q1"})
    void eachListMatchesItsFigures(String quarter) {
        AuditPeriod period = AuditPeriod.quarter(quarter);
        AuditSheet sheet = AuditFigures.compute(CASES, period, period.to(), Settings.DEFAULTS, Calendars.englandAndWales());

        AuditList iha = sheet.list("IHA");
        assertThat((long) iha.rows().size()).isEqualTo(sheet.row("iha_on_time").denominator());
        assertThat(count(iha, "On time", "Y")).isEqualTo(sheet.row("iha_on_time").numerator());
        AuditList rha = sheet.list("RHA");
        assertThat((long) rha.rows().size()).isEqualTo(sheet.row("rha_on_time").denominator());
        assertThat(count(rha, "On time", "Y")).isEqualTo(sheet.row("rha_on_time").numerator());
        AuditList dental = sheet.list("Dental audit");
        assertThat((long) dental.rows().size()).isEqualTo(sheet.row("dental_caries_recorded").denominator());
        assertThat(count(dental, "Caries recorded", "Y")).isEqualTo(sheet.row("dental_caries_recorded").numerator());
        assertThat(count(dental, "Caries found", "Y")).isEqualTo(sheet.row("dental_caries_found").numerator());
        assertThat(count(dental, "Followed up", null)).isEqualTo(sheet.row("dental_caries_followed_up").denominator());
        assertThat(count(dental, "Followed up", "Y")).isEqualTo(sheet.row("dental_caries_followed_up").numerator());
        AuditList uasc = sheet.list("UASC");
        assertThat(count(uasc, "IHA on time", null)).isEqualTo(sheet.row("uasc_iha_on_time").denominator());
        assertThat(count(uasc, "Health review complete", null)).isEqualTo(sheet.row("uasc_review_complete").denominator());
        assertThat((long) sheet.list("Escalations").rows().size()).isEqualTo(sheet.row("escalations_open_at_end").numerator());
        assertThat((long) sheet.list("Payments").rows().size()).isEqualTo(sheet.row("out_of_area_payments").numerator());
        AuditList needs = sheet.list("Health needs children");
        assertThat((long) needs.rows().size()).isEqualTo(sheet.row("needs_health_passport").denominator()
                + sheet.row("needs_care_leaver_summary_given").denominator());
        assertThat(count(needs, "Immunisations up to date", "Y")).isEqualTo(sheet.row("needs_immunisations_up_to_date").numerator());
        assertThat(count(needs, "Dental check up to date", "Y")).isEqualTo(sheet.row("needs_dental_check_up_to_date").numerator());
        assertThat(count(needs, "UASC", "Y")).isEqualTo(sheet.row("needs_uasc_review_recorded").denominator());
        assertThat(count(needs, "SDQ band", "concern")).isEqualTo(sheet.row("needs_sdq_concern").numerator());
        assertThat(iha.rows().size() + rha.rows().size()).as("the random caseload exercises the lists").isPositive();
    }

    @ParameterizedTest(name = "every line has a cell per column: {0}")
    @CsvSource({"2016/17-Q3"})
    void everyLineHasACellPerColumn(String quarter) {
        AuditPeriod period = AuditPeriod.quarter(quarter);
        AuditSheet sheet = AuditFigures.compute(CASES, period, LocalDate.of(2017, 6, 30), Settings.DEFAULTS,
                Calendars.englandAndWales());
        assertThat(sheet.lists()).extracting(AuditList::name)
                .containsExactly("IHA", "RHA", "Dental audit", "UASC", "Escalations", "Payments", "Health needs children",
                        "Commissioners");
        for (AuditList list : sheet.lists()) {
            assertThat(list.rows()).allSatisfy(r -> assertThat(r).hasSameSizeAs(list.headers()));
        }
    }
}
