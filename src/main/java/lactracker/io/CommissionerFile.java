package lactracker.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lactracker.domain.PracticeCommissioner;
import lactracker.domain.Words;

/**
 * The team's file of GP practices and their commissioners (issue 24): a CSV with a column PRACTICE_CODE and a
 * column COMMISSIONER_CODE (other columns are ignored, so an extract with more is taken as it is). Every row
 * must read, or the file is refused naming the first row that does not: nothing half-imported.
 */
public final class CommissionerFile {
    static final String PRACTICE = "PRACTICE_CODE";
    static final String COMMISSIONER = "COMMISSIONER_CODE";
    private static final int LONGEST_CODE = 12;

    private CommissionerFile() {
    }

    /** The file's lines, each from {@code validFrom}. */
    public static List<PracticeCommissioner> read(Path file, LocalDate validFrom) throws IOException {
        try (CsvFile csv = CsvFile.open(file)) {
            for (String column : new String[] {PRACTICE, COMMISSIONER}) {
                if (!csv.hasColumn(column)) {
                    throw new FileFormatException(Words.format("commissioners.file.noColumn", csv.name(), column));
                }
            }
            Map<String, PracticeCommissioner> lines = new LinkedHashMap<>();
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.tooLong() || row.cutShort()) {
                    throw refused(csv, row, row.tooLong() ? row.tooLongReason() : row.cutShortReason());
                }
                String practice = code(csv, row, PRACTICE);
                String commissioner = code(csv, row, COMMISSIONER);
                PracticeCommissioner line = new PracticeCommissioner(practice, validFrom, commissioner);
                PracticeCommissioner before = lines.putIfAbsent(line.practiceCode(), line);
                if (before != null && !before.commissionerCode().equals(line.commissionerCode())) {
                    throw refused(csv, row, Words.format("commissioners.file.twice", line.practiceCode(),
                            before.commissionerCode(), line.commissionerCode()));
                }
            }
            if (lines.isEmpty()) {
                throw new FileFormatException(Words.format("commissioners.file.none", csv.name()));
            }
            return new ArrayList<>(lines.values());
        }
    }

    private static String code(CsvFile csv, CsvFile.Row row, String column) throws FileFormatException {
        String code = PracticeCommissioner.code(row.get(column));
        if (code == null) {
            throw refused(csv, row, Words.format("commissioners.file.blank", column));
        }
        if (code.length() > LONGEST_CODE || !code.chars().allMatch(Character::isLetterOrDigit)) {
            throw refused(csv, row, Words.format("commissioners.file.notCode", column, code, String.valueOf(LONGEST_CODE)));
        }
        return code;
    }

    private static FileFormatException refused(CsvFile csv, CsvFile.Row row, String reason) {
        return new FileFormatException(Words.format("commissioners.file.row", csv.name(), String.valueOf(row.line()), reason));
    }
}
