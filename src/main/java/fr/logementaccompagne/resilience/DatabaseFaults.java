package fr.logementaccompagne.resilience;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is away (restarting, unreachable, out of connections, a lock not granted in time) from a
 * fault of the request or of the code: the first is worth trying again in a few seconds (HTTP 503 with
 * {@code Retry-After}, a job retried soon without using up its retries), the second is not.
 */
public final class DatabaseFaults {

  /** What clients are told to wait before trying again, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public static final String TITLE = "Service momentanément indisponible";
  public static final String DETAIL = "La base de données ne répond pas pour le moment : votre demande n'a pas pu "
      + "aboutir. Réessayez dans quelques secondes.";

  private DatabaseFaults() {
  }

  /** True when the failure, or one of its causes, is the database being away rather than refusing the work. */
  public static boolean isUnavailable(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 30; cause = cause.getCause(), depth++) {
      if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
          // a JDBC commit or rollback that failed: the connection broke under the transaction (the pool's
          // "Connection is closed" carries no SQL state)
          || cause instanceof TransactionSystemException) {
        return true;
      }
      if (cause instanceof SQLException sql && (unavailableState(sql.getSQLState()) || evictedByThePool(sql))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A statement on a connection the pool has already evicted after a fatal error of the same transaction (HikariCP's
   * closed proxy): no SQL state, always this message. Met in a real PostgreSQL restart: a job whose first
   * statement broke went on to its next one, and without this its failure used a retry and waited 5 minutes.
   */
  private static boolean evictedByThePool(SQLException failure) {
    return failure.getSQLState() == null && CLOSED_BY_THE_POOL.equals(failure.getMessage());
  }

  private static final String CLOSED_BY_THE_POOL = "Connection is closed";

  /**
   * SQL states of an absent database: connection exceptions (08...), PostgreSQL shutting down or restarting
   * (57P01–57P03), too many connections (53300), a lock not granted in time (H2 HYT00, PostgreSQL 55P03).
   * Deadlocks and serialization failures are not here: the engine already treats them as optimistic locking.
   */
  static boolean unavailableState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
        || state.equals("HYT00") || state.equals("55P03"));
  }
}
