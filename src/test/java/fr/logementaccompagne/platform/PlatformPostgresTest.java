package fr.logementaccompagne.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.PostgresApplicationTest;
import java.util.Arrays;
import java.util.Comparator;
import org.camunda.bpm.engine.IdentityService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The production profile on a real PostgreSQL server: migrations, engine, authentication. */
@PostgresApplicationTest
class PlatformPostgresTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  Flyway flyway;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void runsOnPostgresqlWithTheDomainStoreMigrated() {
    assertThat(flyway.getConfiguration().getDataSource()).isNotNull();
    // the newest migration of the project is the one applied, whatever its number
    assertThat(flyway.info().current().getVersion()).isEqualTo(Arrays.stream(flyway.info().all())
        .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElseThrow());
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void apisRequireAuthentication() {
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/reference/dwellings", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("demo", PostgresApplicationTest.ADMIN_PASSWORD)
        .getForEntity("/api/reference/dwellings?vacant=true", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("demo", PostgresApplicationTest.ADMIN_PASSWORD)
        .getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /** Issue 15: ending a case's running measures read every measure of the landlord before V64. */
  @Test
  void aCasesRunningMeasuresAreFoundByIndexNotByReadingAllMeasures() {
    jdbc.update("INSERT INTO household (reference, territory_code) VALUES ('PLAN-MEASURES', 'LILLE')");
    try {
      jdbc.update("""
          INSERT INTO accompaniment_measure (household_id, kind, provider, source, start_date, case_reference)
          SELECT h.id, 'AVDL', 'Prestataire', 'INTERNAL', DATE '2026-01-01', 'PLAN-' || n
          FROM household h CROSS JOIN generate_series(1, 20000) AS n WHERE h.reference = 'PLAN-MEASURES'""");
      jdbc.execute("ANALYZE accompaniment_measure");
      String plan = String.join("\n", jdbc.queryForList("EXPLAIN UPDATE accompaniment_measure"
          + " SET end_date = DATE '2026-06-01' WHERE case_reference = 'PLAN-42' AND end_date IS NULL", String.class));
      assertThat(plan).contains("ix_measure_case_end").doesNotContain("Seq Scan");
    } finally {
      jdbc.update("DELETE FROM accompaniment_measure WHERE case_reference LIKE 'PLAN-%'");
      jdbc.update("DELETE FROM household WHERE reference = 'PLAN-MEASURES'");
    }
  }

  @Test
  void healthReportsUp() {
    assertThat(http.getForEntity("/actuator/health", String.class).getBody()).isEqualTo("{\"status\":\"UP\"}");
  }
}
