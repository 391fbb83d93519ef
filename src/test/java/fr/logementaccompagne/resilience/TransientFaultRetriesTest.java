package fr.logementaccompagne.resilience;

import fr.logementaccompagne.engine.resilience.TransientFaultRetries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A job that failed because the database was away comes back 5 s later with its retries intact; a job that failed
 * for any other reason keeps the model's cycle ({@code R3/PT5M}): one retry used, next try in 5 minutes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransientFaultRetriesTest {

  /** What the model's service task throws in this test. */
  public static class Failure {
    RuntimeException next;

    public void raise() {
      throw next;
    }
  }

  final Failure failure = new Failure();
  ProcessEngine engine;

  @BeforeAll
  void engine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:retries-" + UUID.randomUUID());
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(Map.of("failure", failure));
    configuration.setProcessEngineName("retries-" + UUID.randomUUID());
    configuration.setProcessEnginePlugins(List.of(new TransientFaultRetries(Duration.ofSeconds(5))));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("work.bpmn",
        Bpmn.createExecutableProcess("work").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("Task_Work").camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R3/PT5M")
            .camundaExpression("${failure.raise()}").endEvent().done()).deploy();
  }

  @BeforeEach
  void stopTheClock() {
    ClockUtil.setCurrentTime(new java.util.Date());
  }

  @AfterEach
  void startTheClock() {
    ClockUtil.reset();
  }

  @AfterAll
  void close() {
    engine.close();
  }

  Job failOnce(RuntimeException cause) {
    failure.next = cause;
    String instance = engine.getRuntimeService().startProcessInstanceByKey("work").getId();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();
    return engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
  }

  long secondsUntilDue(Job job) {
    return Duration.ofMillis(job.getDuedate().getTime() - ClockUtil.getCurrentTime().getTime()).toSeconds();
  }

  @Test
  void aLostConnectionIsRetriedInSecondsWithoutUsingARetry() {
    Job job = failOnce(new ProcessEngineException("ENGINE-03004",
        new SQLException("An I/O error occurred while sending to the backend", "08006")));
    assertThat(job.getRetries()).isEqualTo(3);
    assertThat(secondsUntilDue(job)).isBetween(4L, 5L);
    assertThat(job.getExceptionMessage()).startsWith("La base de données n'a pas répondu");
    assertThat(engine.getManagementService().getJobExceptionStacktrace(job.getId())).contains("ENGINE-03004");
    assertThat(engine.getManagementService().createJobQuery().noRetriesLeft().count()).isZero();
  }

  @Test
  void aBusinessFaultKeepsTheModelsCycle() {
    Job job = failOnce(new IllegalStateException("no market holder"));
    assertThat(job.getRetries()).isEqualTo(2);
    assertThat(secondsUntilDue(job)).isBetween(299L, 300L);
  }
}
