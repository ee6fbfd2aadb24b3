package lactracker.app;

import java.util.Map;
import java.util.function.BooleanSupplier;
import lactracker.domain.Action;
import lactracker.store.ServerMove;

/**
 * Moves a workstation's database onto a team server (issue 23): every table copied in one transaction on
 * the server, counted and checksummed on both sides before it is committed; the file is only read and
 * kept as it was. An administrator's work on both sides; the move is in the server's audit trail.
 */
public final class ServerMoveService {
    private ServerMoveService() {
    }

    /** One table as moved: its rows, and the checksum of them found the same on the file and on the server. */
    public record TableMoved(long rows, String checksum) {
    }

    /** Each table's rows and checksum, the same on the file and on the server. */
    public record Moved(Map<String, TableMoved> tables) {
        public long rows() {
            return tables.values().stream().mapToLong(TableMoved::rows).sum();
        }
    }

    public static Moved move(AppContext file, AppContext server, BooleanSupplier cancelled) {
        file.require(Action.MOVE_TO_SERVER);
        server.require(Action.MOVE_TO_SERVER);
        Map<String, TableMoved> tables = new java.util.LinkedHashMap<>();
        ServerMove.copy(file.database(), server.database(), file.databaseFile().getFileName().toString(),
                server.username(), server.clock(), cancelled)
                .forEach((table, sum) -> tables.put(table, new TableMoved(sum.rows(), sum.checksum())));
        return new Moved(tables);
    }
}
