package lactracker.domain;

import java.util.Objects;

/**
 * A member of the health team.
 *
 * @param username  the operating-system account, used to name who made a change; may be null
 * @param version   optimistic-lock counter: a save of a stale copy is refused
 */
public record TeamMember(Long id, String name, TeamRole role, String username, boolean active, int version) {

    /** A member not yet saved (or whose version is not in question). */
    public TeamMember(Long id, String name, TeamRole role, String username, boolean active) {
        this(id, name, role, username, active, 0);
    }

    public TeamMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public TeamMember withId(Long newId) {
        return new TeamMember(newId, name, role, username, active, version);
    }

    public TeamMember withVersion(int newVersion) {
        return new TeamMember(id, name, role, username, active, newVersion);
    }
}
