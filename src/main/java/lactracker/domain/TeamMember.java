package lactracker.domain;

import java.util.Objects;

/**
 * A member of the health team.
 *
 * @param username  the operating-system account, used to name who made a change; may be null
 */
public record TeamMember(Long id, String name, TeamRole role, String username, boolean active) {
    public TeamMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public TeamMember withId(Long newId) {
        return new TeamMember(newId, name, role, username, active);
    }
}
