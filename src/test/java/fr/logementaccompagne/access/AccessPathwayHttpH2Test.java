package fr.logementaccompagne.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.H2ApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.message.TraceSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2ApplicationTest
class AccessPathwayHttpH2Test extends AccessPathwayHttpScenarios {

  @Autowired
  DataSource dataSource;

  @Override
  String adminPassword() {
    return "demo";
  }

  /**
   * Issue 15: the record mappers used to ask H2 for {@code basinCode} before {@code basin_code} on every row, and
   * H2 wrote each refused column, with its stack trace, to the {@code .trace.db} file of the database. The test
   * database is in memory and has no such file, so H2's trace is sent to a buffer at the file's level (errors)
   * for one whole pathway: it must stay empty.
   */
  @Test
  void wholePathwayWritesNothingToTheH2Trace() throws SQLException {
    ByteArrayOutputStream trace = new ByteArrayOutputStream();
    TraceSystem h2Trace = traceOfTheDatabase();
    h2Trace.setSysOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
    h2Trace.setLevelSystemOut(TraceSystem.ERROR);
    try {
      householdStaysInOneDwellingFromHostingToDirectLease();
    } finally {
      h2Trace.setLevelSystemOut(TraceSystem.DEFAULT_TRACE_LEVEL_SYSTEM_OUT);
      h2Trace.setSysOut(System.out);
    }
    assertThat(trace.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private TraceSystem traceOfTheDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getTraceSystem();
    }
  }
}
