package fr.logementaccompagne.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.logementaccompagne.eligibility.Financing;
import fr.logementaccompagne.eligibility.NoCeilingScheduleException;
import fr.logementaccompagne.eligibility.ResourceCeiling;
import fr.logementaccompagne.eligibility.ResourceCeilingTable;
import fr.logementaccompagne.engine.workflow.SystemCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployed {@code resource-ceiling} table on an engine of its own: each question is decided once per deployed
 * version (issue 15), and an analyst's new version answers from the next question on.
 */
class DmnResourceCeilingTableTest {

  static final Path TABLE = Path.of("processes/resource-ceiling.dmn");

  static ProcessEngine engine;
  DmnResourceCeilingTable tables;
  long evaluationsBefore;

  @BeforeAll
  static void engineWithTheTable() throws IOException {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(DmnResourceCeilingTableTest.class.getSimpleName());
    configuration.setJdbcUrl("jdbc:h2:mem:" + DmnResourceCeilingTableTest.class.getSimpleName());
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    engine = configuration.buildProcessEngine();
    deploy(Files.readString(TABLE));
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  /** A new adapter remembers nothing yet, as after a restart. */
  @BeforeEach
  void newAdapter() {
    tables = new DmnResourceCeilingTable(engine.getDecisionService(), engine.getRepositoryService(),
        new SystemCalls(engine.getIdentityService()));
    evaluationsBefore = evaluations();
  }

  @Test
  void aQuestionIsDecidedOncePerVersionOfTheTable() {
    ResourceCeiling first = tables.ofYear(2023).ceiling(Financing.PLAI, 1);
    ResourceCeiling again = tables.ofYear(2023).ceiling(Financing.PLAI, 1);
    tables.ofYear(2023).ceiling(Financing.PLUS, 1);

    assertThat(first).isEqualTo(new ResourceCeiling(11_531, 3_306)).isEqualTo(again);
    assertThat(evaluations() - evaluationsBefore).as("one evaluation per question, not per ask").isEqualTo(2);
  }

  @Test
  void anAnalystsNewVersionAnswersFromTheNextQuestionOn() throws IOException {
    assertThat(tables.ofYear(2023).ceiling(Financing.PLAI, 1).ceilingEur()).isEqualTo(11_531);
    deploy(Files.readString(TABLE).replace("<text>11531</text>", "<text>11999</text>"));
    try {
      assertThat(tables.ofYear(2023).ceiling(Financing.PLAI, 1).ceilingEur()).isEqualTo(11_999);
      assertThat(evaluations() - evaluationsBefore).isEqualTo(2);
    } finally {
      deploy(Files.readString(TABLE)); // the analysts' table again, as the latest version, for the other tests
    }
  }

  @Test
  void aYearWithoutScheduleIsRememberedAsSuch() {
    ResourceCeilingTable year1999 = tables.ofYear(1999);
    assertThatThrownBy(() -> year1999.ceiling(Financing.PLAI, 1)).isInstanceOf(NoCeilingScheduleException.class)
        .hasMessageContaining("1999");
    assertThatThrownBy(() -> tables.ofYear(1999).ceiling(Financing.PLAI, 1))
        .isInstanceOf(NoCeilingScheduleException.class);
    assertThat(evaluations() - evaluationsBefore).isEqualTo(1);
  }

  private long evaluations() {
    return engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(ResourceCeilingTable.DECISION_KEY).count();
  }

  private static void deploy(String table) {
    engine.getRepositoryService().createDeployment()
        .addInputStream("resource-ceiling.dmn", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)))
        .deploy();
  }
}
