package lactracker.store;

import static lactracker.store.jooq.Tables.TARIFF;

import java.util.List;
import lactracker.domain.AssessmentType;
import lactracker.domain.TariffPrice;
import org.jooq.DSLContext;

/** The dated tariff table: no price is built in, the team enters each one. */
public final class TariffRepository {
    static final String TABLE = "tariff";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public TariffRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Adds a price, or replaces the one of the same type and start date. */
    public void save(TariffPrice price) {
        dsl.transaction(() -> {
            String key = price.type() + "@" + price.validFrom();
            var before = dsl.selectFrom(TARIFF)
                    .where(TARIFF.ASSESSMENT_TYPE.eq(price.type().name()).and(TARIFF.VALID_FROM.eq(price.validFrom())))
                    .fetchOptional(TariffRepository::toPrice);
            if (before.isPresent()) {
                dsl.update(TARIFF).set(TARIFF.AMOUNT, price.amount())
                        .where(TARIFF.ASSESSMENT_TYPE.eq(price.type().name()).and(TARIFF.VALID_FROM.eq(price.validFrom())))
                        .execute();
                audit.updated(TABLE, key, null, before.get(), price);
            } else {
                dsl.insertInto(TARIFF)
                        .set(TARIFF.ASSESSMENT_TYPE, price.type().name())
                        .set(TARIFF.VALID_FROM, price.validFrom())
                        .set(TARIFF.AMOUNT, price.amount())
                        .execute();
                audit.inserted(TABLE, key, null, price);
            }
        });
    }

    public void delete(TariffPrice price) {
        dsl.transaction(() -> {
            int deleted = dsl.deleteFrom(TARIFF)
                    .where(TARIFF.ASSESSMENT_TYPE.eq(price.type().name()).and(TARIFF.VALID_FROM.eq(price.validFrom())))
                    .execute();
            if (deleted > 0) {
                audit.deleted(TABLE, price.type() + "@" + price.validFrom(), null, price);
            }
        });
    }

    /** Every price, by type and then date. */
    public List<TariffPrice> findAll() {
        return dsl.selectFrom(TARIFF).orderBy(TARIFF.ASSESSMENT_TYPE, TARIFF.VALID_FROM)
                .fetch(TariffRepository::toPrice);
    }

    private static TariffPrice toPrice(lactracker.store.jooq.tables.records.TariffRecord r) {
        return new TariffPrice(AssessmentType.valueOf(r.getAssessmentType()), r.getValidFrom(), r.getAmount());
    }
}
