package lactracker.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lactracker.domain.BankHoliday;
import lactracker.domain.Words;

/**
 * Reads bank holidays from the government's {@code bank-holidays.json} shape; only the
 * {@code england-and-wales} division is used. The application ships such a file
 * ({@link #shipped()}), and the team can import a newer one.
 */
public final class BankHolidayFile {
    private static final String DIVISION = "england-and-wales";
    private static final String SHIPPED = "/lactracker/io/bank-holidays.json";

    private BankHolidayFile() {
    }

    /** The list shipped with the application. */
    public static List<BankHoliday> shipped() {
        try (InputStream in = BankHolidayFile.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped bank-holiday file is missing from the build");
            }
            return read(in, Words.get("read.holidays.shipped"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file of the government's shape.
     *
     * @param name how the file is named in messages (its file name)
     * @throws FileFormatException naming what is wrong, when it is not such a file
     */
    public static List<BankHoliday> read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new FileFormatException(Words.format("read.holidays.notJson", name), e);
        }
        JsonNode events = root == null ? null : root.path(DIVISION).path("events");
        if (events == null || !events.isArray()) {
            throw new FileFormatException(Words.format("read.holidays.noDivision", name, DIVISION));
        }
        List<BankHoliday> holidays = new ArrayList<>();
        int index = 0;
        for (JsonNode event : events) {
            index++;
            String date = event.path("date").asText("");
            String title = event.path("title").asText("").strip();
            try {
                holidays.add(new BankHoliday(LocalDate.parse(date), title.isEmpty() ? Words.get("read.holidays.untitled") : title));
            } catch (DateTimeParseException e) {
                throw new FileFormatException(Words.format("read.holidays.badDate", name, String.valueOf(index), date), e);
            }
        }
        if (holidays.isEmpty()) {
            throw new FileFormatException(Words.format("read.holidays.none", name));
        }
        holidays.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(holidays);
    }
}
