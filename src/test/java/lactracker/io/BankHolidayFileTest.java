package lactracker.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import lactracker.domain.BankHoliday;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BankHolidayFileTest {
    @Test
    void theShippedListCoversEnglandAndWalesFrom2016To2027() {
        var holidays = BankHolidayFile.shipped();
        assertThat(holidays).extracting(BankHoliday::date)
                .contains(LocalDate.of(2016, 12, 27), LocalDate.of(2017, 1, 2), LocalDate.of(2020, 5, 8),
                        LocalDate.of(2022, 9, 19), LocalDate.of(2027, 12, 28))
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(holidays.get(0).date().getYear()).isEqualTo(2016);
        assertThat(holidays.get(holidays.size() - 1).date().getYear()).isEqualTo(2027);
    }

    @Test
    void readsOnlyTheEnglandAndWalesDivision() throws Exception {
        String json = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                   {"title": "Good Friday", "date": "2017-04-14", "notes": "", "bunting": false}]},
                 "scotland": {"division": "scotland", "events": [
                   {"title": "2nd January", "date": "2017-01-02", "notes": "", "bunting": true}]}}
                """;
        assertThat(read(json)).containsExactly(new BankHoliday(LocalDate.of(2017, 4, 14), "Good Friday"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "not json at all                                         | new.json is not a bank-holiday file: it is not valid JSON.",
        "{\"scotland\": {\"events\": []}}                          | new.json is not a bank-holiday file: it has no \"england-and-wales\" list of events, as the government's bank-holidays.json has.",
        "{\"england-and-wales\": {\"events\": []}}                 | new.json lists no England and Wales bank holidays.",
        "{\"england-and-wales\": {\"events\": [{\"date\": \"14/04/2017\"}]}} | new.json: event 1 has the date \"14/04/2017\", which is not a date of the form 2017-04-14.",
    })
    void aFileThatIsNotABankHolidayFileIsRefusedSayingWhy(String content, String message) {
        assertThatThrownBy(() -> read(content)).isInstanceOf(FileFormatException.class).hasMessage(message);
    }

    private static java.util.List<BankHoliday> read(String json) throws Exception {
        return BankHolidayFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "new.json");
    }
}
