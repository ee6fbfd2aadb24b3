package lactracker.domain;

/** A person asked for something their account's access does not allow; nothing was done. */
public class NotAllowedException extends UserFacingException {
    private final Action action;

    public NotAllowedException(Access access, Action action) {
        super(Words.format("refused.notAllowed", access.label(), action.label(), action.least().someone()));
        this.action = action;
    }

    public Action action() {
        return action;
    }
}
