package lactracker.store;

import static lactracker.store.jooq.Tables.ACCOUNT;
import static lactracker.store.jooq.Tables.TEAM_MEMBER;

import java.util.Map;
import java.util.Optional;
import lactracker.domain.Access;
import org.jooq.DSLContext;

/** The team members who may sign in, and their access (issue 21). */
public final class AccountRepository {
    static final String TABLE = "account";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public AccountRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** The access of the team member with {@code username} (any case), when they have an account. */
    public Optional<Access> accessOf(long teamMemberId) {
        return dsl.select(ACCOUNT.ACCESS).from(ACCOUNT).where(ACCOUNT.TEAM_MEMBER_ID.eq(teamMemberId))
                .fetchOptional(r -> Columns.code(Access.class, r.value1()));
    }

    /** Every account's access, by team member id. */
    public Map<Long, Access> all() {
        return dsl.select(ACCOUNT.TEAM_MEMBER_ID, ACCOUNT.ACCESS).from(ACCOUNT)
                .fetchMap(r -> r.value1(), r -> Columns.code(Access.class, r.value2()));
    }

    /** The team member's id whose username is {@code username}, matched whatever its case. */
    public Optional<Long> memberNamed(String username) {
        return dsl.select(TEAM_MEMBER.ID).from(TEAM_MEMBER)
                .where(org.jooq.impl.DSL.lower(TEAM_MEMBER.USERNAME).eq(username.strip().toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(r -> r.value1());
    }

    /** Gives the team member an account with {@code access}, or changes its access; audited. */
    public void set(long teamMemberId, Access access) {
        dsl.transaction(() -> {
            Optional<Access> before = accessOf(teamMemberId);
            if (before.isPresent()) {
                dsl.update(ACCOUNT).set(ACCOUNT.ACCESS, Columns.code(access))
                        .where(ACCOUNT.TEAM_MEMBER_ID.eq(teamMemberId)).execute();
                audit.updated(TABLE, teamMemberId, null, Map.of("access", Columns.code(before.get())),
                        Map.of("access", Columns.code(access)));
            } else {
                dsl.insertInto(ACCOUNT).set(ACCOUNT.TEAM_MEMBER_ID, teamMemberId)
                        .set(ACCOUNT.ACCESS, Columns.code(access)).execute();
                audit.inserted(TABLE, teamMemberId, null, Map.of("access", Columns.code(access)));
            }
        });
    }
}
