package lactracker.store;

import lactracker.domain.Words;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Finishes a commit that a killed process left part-way through (decision 0012).
 *
 * <p>H2 commits a transaction by first marking its undo log "committed", then turning its changes into
 * committed values one by one. A kill between the two leaves a transaction that H2's recovery is meant to
 * finish on the next open; since H2 2.5 (commit 7fbdc03 of 23 December 2025, "minor simplification") it
 * no longer does: the changes made committed before the kill are seen, the rest stay hidden for good, and
 * the next write to them fails. Here the next open finishes the commit, through the one H2 method that
 * does it on recovery. Found by the kill campaign on the demo (issue 19); when H2 mends it, nothing is
 * left over and this does nothing.
 */
final class LeftoverCommits {
    private LeftoverCommits() {
    }

    /**
     * Finishes each transaction that H2 found committed but left unfinished; returns how many. Call it on
     * the first connection, before anything else reads or writes.
     *
     * @throws StoreException when there is one and this version of H2 gives no way to finish it
     */
    static int finish(Connection connection) throws SQLException {
        TransactionStore transactions = transactionStore(connection);
        List<Transaction> leftovers = transactions.getOpenTransactions().stream()
                .filter(t -> t.getStatus() == Transaction.STATUS_COMMITTED)
                .toList();
        if (leftovers.isEmpty()) {
            return 0;
        }
        Method commit;
        try {
            commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
            commit.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw unfinishable(e);
        }
        for (Transaction leftover : leftovers) {
            try {
                commit.invoke(transactions, leftover, true);
            } catch (InvocationTargetException e) {
                throw unfinishable(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw unfinishable(e);
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT"); // the finished commit on disk now, not with the next write
        }
        return leftovers.size();
    }

    /** Whether H2 holds a commit it left unfinished (for a read-only open, which cannot finish it). */
    static boolean any(Connection connection) throws SQLException {
        return transactionStore(connection).getOpenTransactions().stream()
                .anyMatch(t -> t.getStatus() == Transaction.STATUS_COMMITTED);
    }

    private static TransactionStore transactionStore(Connection connection) throws SQLException {
        var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getTransactionStore();
    }

    private static StoreException unfinishable(Throwable cause) {
        return new StoreException(Words.get("store.open.leftoverUnfinishable"), cause);
    }
}
