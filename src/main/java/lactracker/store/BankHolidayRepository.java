package lactracker.store;

import static lactracker.store.jooq.Tables.BANK_HOLIDAY;

import java.util.List;
import lactracker.domain.BankHoliday;
import org.jooq.DSLContext;

/** The England and Wales bank holidays the working-day calendar is built from. */
public final class BankHolidayRepository {
    static final String TABLE = "bank_holiday";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public BankHolidayRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Replaces the whole list in one transaction (a newer government file was imported). */
    public void replaceAll(List<BankHoliday> holidays) {
        dsl.transaction(() -> {
            List<BankHoliday> before = findAll();
            dsl.deleteFrom(BANK_HOLIDAY).execute();
            var insert = dsl.insertInto(BANK_HOLIDAY, BANK_HOLIDAY.HOLIDAY_DATE, BANK_HOLIDAY.TITLE);
            for (BankHoliday h : holidays) {
                insert = insert.values(h.date(), h.title());
            }
            if (!holidays.isEmpty()) {
                insert.execute();
            }
            audit.updated(TABLE, "all", null, before, findAll());
        });
    }

    /** Every holiday, in date order. */
    public List<BankHoliday> findAll() {
        return dsl.selectFrom(BANK_HOLIDAY).orderBy(BANK_HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new BankHoliday(r.getHolidayDate(), r.getTitle()));
    }
}
