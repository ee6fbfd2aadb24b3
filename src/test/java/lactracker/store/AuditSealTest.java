package lactracker.store;

import static lactracker.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lactracker.testdata.ChildBuilder;
import org.junit.jupiter.api.Test;

/** The audit trail's seal (issue 21): each committed entry linked to the one before, and the check names the first broken link. */
class AuditSealTest extends FreshDatabase {
    private List<Long> ids() {
        return db.dsl().select(AUDIT_LOG.ID).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEAL_SEQ).fetch(AUDIT_LOG.ID);
    }

    private void threeChanges() {
        for (String la : List.of("S1", "S2", "S3")) {
            repos.children().insert(ChildBuilder.aChild().withLaId(la).build());
        }
    }

    @Test
    void everyCommittedChangeIsSealedAtOnceAndTheChainHolds() {
        threeChanges();

        AuditSeal.Check check = AuditSeal.check(db.dsl());
        assertThat(check.sealed()).isEqualTo(3);
        assertThat(check.unsealed()).isZero();
        assertThat(check.unbroken()).isTrue();
    }

    @Test
    void aChangeRolledBackLeavesNothingToSealAndTheChainHolds() {
        threeChanges();
        try {
            db.transaction(() -> {
                repos.children().insert(ChildBuilder.aChild().withLaId("R1").build());
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the insert and its entry are gone
        }
        assertThat(AuditSeal.check(db.dsl())).isEqualTo(new AuditSeal.Check(3, null, 0));
    }

    @Test
    void anEntryAlteredInTheDatabaseIsNamedAsTheFirstBrokenLink() {
        threeChanges();
        long second = ids().get(1);
        db.dsl().update(AUDIT_LOG).set(AUDIT_LOG.USERNAME, "someone.else").where(AUDIT_LOG.ID.eq(second)).execute();

        assertThat(AuditSeal.check(db.dsl()).brokenAt()).isEqualTo(second);
    }

    @Test
    void anEntryRemovedBreaksTheLinkAfterItAndTheNewestRemovedIsToldToo() {
        threeChanges();
        List<Long> ids = ids();
        db.dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(ids.get(1))).execute();
        assertThat(AuditSeal.check(db.dsl()).brokenAt()).isEqualTo(ids.get(2));

        db.dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(ids.get(2))).execute();
        assertThat(AuditSeal.check(db.dsl()).brokenAt()).as("the newest gone").isEqualTo(-1L);
    }

    @Test
    void entriesLeftUnsealedByAStoppedProcessAreSealedOnTheNextOpening() {
        threeChanges();
        db.dsl().update(AUDIT_LOG).set(AUDIT_LOG.SEAL_SEQ, (Long) null).set(AUDIT_LOG.SEAL_HASH, (String) null)
                .where(AUDIT_LOG.ID.eq(ids().get(2))).execute();
        db.dsl().update(lactracker.store.jooq.Tables.AUDIT_SEAL).set(lactracker.store.jooq.Tables.AUDIT_SEAL.LAST_SEQ, 2L)
                .set(lactracker.store.jooq.Tables.AUDIT_SEAL.LAST_HASH, db.dsl().select(AUDIT_LOG.SEAL_HASH).from(AUDIT_LOG)
                        .where(AUDIT_LOG.SEAL_SEQ.eq(2L)).fetchOne(AUDIT_LOG.SEAL_HASH)).execute();
        assertThat(AuditSeal.check(db.dsl())).isEqualTo(new AuditSeal.Check(2, null, 1));
        db.close();

        db = reopen();
        assertThat(AuditSeal.check(db.dsl())).isEqualTo(new AuditSeal.Check(3, null, 0));
    }
}
