package fr.logementaccompagne.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.LogementAccompagneApplication;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The quick-start database is a file: a restart keeps every record and loads the demo data only once. */
class H2FileRestartTest {

  @TempDir
  Path dataDirectory;

  @Test
  void restartKeepsDataAndDoesNotDuplicateTheDemo() {
    long dwellings;
    long users;
    long groups;
    try (ConfigurableApplicationContext first = start()) {
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      IdentityService identity = first.getBean(IdentityService.class);
      assertThat(first.getEnvironment().getProperty("spring.datasource.url")).contains(dataDirectory.toString());
      dwellings = jdbc.queryForObject("SELECT COUNT(*) FROM dwelling", Long.class);
      users = identity.createUserQuery().count();
      groups = identity.createGroupQuery().count();
      jdbc.update("INSERT INTO household (reference, household_size, territory_code) VALUES ('RESTART-1', 3, 'DOUAI')");
    }
    assertThat(dwellings).isPositive();

    try (ConfigurableApplicationContext second = start()) {
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      IdentityService identity = second.getBean(IdentityService.class);
      assertThat(jdbc.queryForObject("SELECT household_size FROM household WHERE reference = 'RESTART-1'",
          Integer.class)).isEqualTo(3);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dwelling", Long.class)).isEqualTo(dwellings);
      assertThat(identity.createUserQuery().count()).isEqualTo(users);
      assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(LogementAccompagneApplication.class)
        .profiles("demo")
        .run("--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("logement-accompagne"),
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false");
  }
}
