package network.ddd.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** The database cannot be reached: nothing was written by the failed step; try again when it is back. */
public class DatabaseUnavailableException extends DomainException {
    public DatabaseUnavailableException(Throwable cause) {
        super("error.database.unavailable");
        initCause(cause);
    }

    /** Whether a failure was caused by a lost or refused database connection (SQLState class 08 and kin). */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }
}
