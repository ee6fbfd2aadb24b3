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
            TeamMember saved = member.withId(id);
            audit.inserted(TABLE, id, null, saved);
            return saved;
        });
    }

    public TeamMember update(TeamMember member) {
        return dsl.transactionResult(() -> {
            TeamMember before = findById(member.id()).orElseThrow(() -> new StaleRecordException("store.stale.teamMember"));
            dsl.update(TEAM_MEMBER)
                    .set(TEAM_MEMBER.NAME, member.name())
                    .set(TEAM_MEMBER.ROLE, Columns.code(member.role()))
                    .set(TEAM_MEMBER.USERNAME, member.username())
                    .set(TEAM_MEMBER.ACTIVE, member.active())
                    .where(TEAM_MEMBER.ID.eq(member.id()))
                    .execute();
            audit.updated(TABLE, member.id(), null, before, member);
            return member;
        });
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
                r.getActive());
    }
}
