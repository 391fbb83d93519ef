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

/** The production profile on a real PostgreSQL server: migrations, engine, authentication. */
@PostgresApplicationTest
class PlatformPostgresTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  Flyway flyway;
  @Autowired
  IdentityService identityService;

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

  @Test
  void healthReportsUp() {
    assertThat(http.getForEntity("/actuator/health", String.class).getBody()).isEqualTo("{\"status\":\"UP\"}");
  }
}
