package fr.logementaccompagne.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is away, try again soon" (503, quick job retry), and which do not. */
class DatabaseFaultsTest {

  @Test
  void aDatabaseAwayIsRecognisedThroughTheWrappers() {
    // PostgreSQL restarting (admin shutdown), the connection lost, the pool out of connections, a lock not granted
    assertThat(DatabaseFaults.isUnavailable(new ProcessEngineException("ENGINE-03004",
        new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    assertThat(DatabaseFaults.isUnavailable(new SQLException("An I/O error occurred", "08006"))).isTrue();
    assertThat(DatabaseFaults.isUnavailable(new CannotCreateTransactionException("no connection",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    assertThat(DatabaseFaults.isUnavailable(new CannotGetJdbcConnectionException("no connection"))).isTrue();
    assertThat(DatabaseFaults.isUnavailable(new RuntimeException(new SQLException("Timeout trying to lock table",
        "HYT00")))).isTrue();
    assertThat(DatabaseFaults.isUnavailable(new SQLException("too many clients", "53300"))).isTrue();
    // the connection cut under a login check: the rollback fails on the pool's closed connection, without SQL state
    assertThat(DatabaseFaults.isUnavailable(new ProcessEngineException("ENGINE-03004",
        new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))).isTrue();
    // a job's next statement on the connection the pool evicted after PostgreSQL restarted under it (MyBatis)
    assertThat(DatabaseFaults.isUnavailable(new ProcessEngineException("An exception occurred in the persistence"
        + " layer", new RuntimeException("### Error querying database.", new SQLException("Connection is closed")))))
        .isTrue();
  }

  @Test
  void aRefusalOrABugIsNot() {
    // a unique constraint, a deadlock (the engine's optimistic locking handles it), a bad value, no SQL at all
    assertThat(DatabaseFaults.isUnavailable(new ProcessEngineException("ENGINE-03004",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseFaults.isUnavailable(new SQLException("deadlock detected", "40P01"))).isFalse();
    assertThat(DatabaseFaults.isUnavailable(new SQLException("invalid input syntax", "22P02"))).isFalse();
    assertThat(DatabaseFaults.isUnavailable(new SQLException("no state"))).isFalse();
    assertThat(DatabaseFaults.isUnavailable(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseFaults.isUnavailable(null)).isFalse();
  }
}
