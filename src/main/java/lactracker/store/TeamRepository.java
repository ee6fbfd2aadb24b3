package lactracker.store;

import static lactracker.store.jooq.Tables.TEAM_MEMBER;

import java.util.List;
import java.util.Optional;
import lactracker.domain.TeamMember;
import lactracker.domain.TeamRole;
import lactracker.store.jooq.tables.records.TeamMemberRecord;
import org.jooq.DSLContext;

/** The members of the health team. */
public final class TeamRepository {
    static final String TABLE = "team_member";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public TeamRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public TeamMember insert(TeamMember member) {
        return dsl.transactionResult(() -> {
            long id = dsl.insertInto(TEAM_MEMBER)
                    .set(TEAM_MEMBER.NAME, member.name())
                    .set(TEAM_MEMBER.ROLE, Columns.code(member.role()))
                    .set(TEAM_MEMBER.USERNAME, member.username())
                    .set(TEAM_MEMBER.ACTIVE, member.active())
                    .returning(TEAM_MEMBER.ID).fetchOne().getId();
            TeamMember saved = member.withId(id).withVersion(0);
            audit.inserted(TABLE, id, null, saved);
            return saved;
        });
    }

    /** Saves changes to a member read earlier; refused when they changed since they were read. */
    public TeamMember update(TeamMember member) {
        return dsl.transactionResult(() -> {
            TeamMember before = findById(member.id()).orElseThrow(() -> new StaleRecordException("store.stale.teamMember"));
            int updated = dsl.update(TEAM_MEMBER)
                    .set(TEAM_MEMBER.NAME, member.name())
                    .set(TEAM_MEMBER.ROLE, Columns.code(member.role()))
                    .set(TEAM_MEMBER.USERNAME, member.username())
                    .set(TEAM_MEMBER.ACTIVE, member.active())
                    .set(TEAM_MEMBER.VERSION, member.version() + 1)
                    .where(TEAM_MEMBER.ID.eq(member.id()).and(TEAM_MEMBER.VERSION.eq(member.version())))
                    .execute();
            if (updated == 0) {
                throw audit.stale(TABLE, member.id(), "store.stale.teamMember");
            }
            TeamMember saved = member.withVersion(member.version() + 1);
            audit.updated(TABLE, member.id(), null, before, saved);
            return saved;
        });
    }

    /** The refusal of a save over a member someone else changed, naming who and when. */
    public StaleRecordException stale(long id) {
        return audit.stale(TABLE, id, "store.stale.teamMember");
    }

    public Optional<TeamMember> findById(long id) {
        return dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.ID.eq(id)).fetchOptional()
                .map(TeamRepository::toMember);
    }

    /** The whole team, by name. */
    public List<TeamMember> findAll() {
        return dsl.selectFrom(TEAM_MEMBER).orderBy(TEAM_MEMBER.NAME, TEAM_MEMBER.ID).fetch(TeamRepository::toMember);
    }

    private static TeamMember toMember(TeamMemberRecord r) {
        return new TeamMember(r.getId(), r.getName(), Columns.code(TeamRole.class, r.getRole()), r.getUsername(),
                r.getActive(), r.getVersion());
    }
}
