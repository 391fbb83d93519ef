package fr.logementaccompagne.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.LogementAccompagneApplication;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.support.OwnJvm;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quick-start database is a file: a restart keeps every record and loads the demo data only once, the demo
 * pathways included (each at its stage).
 */
@OwnJvm
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
      assertDemoPathwaysAtTheirStages(first);
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
      assertDemoPathwaysAtTheirStages(second);
    }
  }

  private static void assertDemoPathwaysAtTheirStages(ConfigurableApplicationContext context) {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    TaskService tasks = context.getBean(TaskService.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case WHERE closed_at IS NULL", Integer.class))
        .isEqualTo(5);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseOf(jdbc, "DEMO-HEB-0001"))
        .singleResult().getTaskDefinitionKey()).isEqualTo(AccessPathway.Elements.PERIODIC_REVIEW);
    assertThat(openContractStatus(jdbc, "DEMO-HEB-0001")).isEqualTo("HOSTING");
    assertThat(openContractStatus(jdbc, "DEMO-BG-0002")).isEqualTo("SLIDING_LEASE");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE case_reference = ?", Integer.class,
        caseOf(jdbc, "DEMO-BG-0002"))).isEqualTo(2);
    assertThat(openContractStatus(jdbc, "DEMO-BD-0003")).isEqualTo("DIRECT_LEASE");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseOf(jdbc, "DEMO-ORI-0004"))
        .singleResult().getTaskDefinitionKey()).isEqualTo(AccessPathway.Elements.PROPOSE_DWELLING);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseOf(jdbc, "DEMO-LOC-0005"))
        .singleResult().getTaskDefinitionKey()).isEqualTo(MaintienPathway.Elements.OBTAIN_CONSENT);
  }

  private static String caseOf(JdbcTemplate jdbc, String household) {
    return jdbc.queryForObject("SELECT c.case_reference FROM pathway_case c JOIN household h ON h.id = c.household_id"
        + " WHERE h.reference = ?", String.class, household);
  }

  private static String openContractStatus(JdbcTemplate jdbc, String household) {
    return jdbc.queryForObject("SELECT c.status FROM occupancy_contract c JOIN household h ON h.id = c.household_id"
        + " WHERE h.reference = ? AND c.end_date IS NULL", String.class, household);
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(LogementAccompagneApplication.class)
        .profiles("demo")
        .run("--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("logement-accompagne"),
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false");
  }
}
