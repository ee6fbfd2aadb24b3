package lactracker.app;

/**
 * What the window asks of whatever keeps the records under lock (issue 23): to sign a person in, and to
 * lock and unlock the window with their password. An encrypted file's key slots do it ({@link Accounts}), or a
 * team server's own accounts ({@link TeamServer}).
 */
public interface Gate {
    /** Signs in and opens the records as that person. */
    AppContext signIn(String username, char[] password);

    /** The window of {@code signedIn} was locked: by them ({@code idleMinutes} null) or after that many idle minutes. */
    void locked(AppContext signedIn, Integer idleMinutes);

    /** Unlocks with the signed-in person's own password; refused, and written into the trail, when it is wrong. */
    void unlock(AppContext signedIn, char[] password);
}
