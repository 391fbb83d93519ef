package fr.logementaccompagne.faults;

import fr.logementaccompagne.support.OwnJvm;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.logementaccompagne.engine.resilience.TransientFaultRetries;
import fr.logementaccompagne.support.CuttableTcpProxy;
import fr.logementaccompagne.support.ForkedNode;
import fr.logementaccompagne.support.FreshSchema;
import fr.logementaccompagne.support.PostgresAvailable;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A job loses its database connection in the middle of its run (issue 13, ADR 30): the engine of the application's
 * own settings (the pool's validation and timeouts, the job lock, {@link TransientFaultRetries}) on PostgreSQL
 * through a TCP relay; the job's step writes its effect, then waits; the relay is cut under it and restored; the
 * step ends, its commit fails on the dead connection. The job is retried within seconds (not after its lock nor
 * the 5-minute cycle), without using a retry, and its effect is there once: the first run's write was rolled back.
 */
@PostgresAvailable
@OwnJvm
class JobLosesItsConnectionPostgresTest {

  static final Duration RETRY_DELAY = Duration.ofSeconds(2);
  static final long LOCK_MILLIS = 15_000;

  /** The step of the test process: writes its effect in the job's transaction, and the first time waits. */
  public static class PausingStep {
    final AtomicInteger runs = new AtomicInteger();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch left = new CountDownLatch(1);

    public void run(DelegateExecution execution) throws SQLException, InterruptedException {
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO job_effect VALUES (?)")) {
        insert.setString(1, execution.getProcessInstanceId());
        insert.executeUpdate();
      }
      if (runs.incrementAndGet() == 1) {
        entered.countDown();
        release.await(60, TimeUnit.SECONDS);
        left.countDown();
      }
    }
  }

  FreshSchema schema;
  CuttableTcpProxy relay;
  HikariDataSource pool;
  ProcessEngine engine;

  @AfterEach
  void stop() throws Exception {
    if (engine != null) {
      engine.close();
    }
    if (pool != null) {
      pool.close();
    }
    if (relay != null) {
      relay.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void theJobIsRetriedWithinSecondsAndItsEffectIsThereOnce() throws Exception {
    schema = new FreshSchema("jobcut");
    String url = System.getenv("TEST_POSTGRES_URL");
    URI server = URI.create(url.substring("jdbc:".length()));
    relay = new CuttableTcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
    pool = new HikariDataSource(poolLikeTheApplication("jdbc:postgresql://127.0.0.1:" + relay.port() + server.getPath()
        + "?currentSchema=" + schema.name()));
    try (Connection connection = pool.getConnection()) {
      connection.createStatement().execute("CREATE TABLE job_effect (process_instance_id VARCHAR(64) NOT NULL)");
    }
    PausingStep step = new PausingStep();
    engine = engine(step);

    String instance = engine.getRuntimeService().startProcessInstanceByKey("cut-job").getId();
    assertThat(step.entered.await(60, TimeUnit.SECONDS)).as("the job started").isTrue();
    // the cut drops the job's connection; the database is back before the job ends, so the run's commit fails on
    // its dead connection and the engine records the failure at once (recorded while the database is still away,
    // the job would wait for its lock: a race the test must not depend on)
    // the pool's other connections are used just before the cut: the cut kills them too, and the pool hands one of
    // them out unchecked (used in the last 500 ms) to the engine's recording of the job's failure
    useEveryIdleConnection();
    relay.cut();
    relay.restore();
    Instant restored = Instant.now();
    step.release.countDown();
    assertThat(step.left.await(10, TimeUnit.SECONDS)).isTrue();

    // the test watches through its own direct connection: the pool may still hold a connection the cut killed and
    // hand it out unchecked (Hikari skips validation for one used within the last 500 ms), which would fail the
    // watcher's query, not the product's behaviour under test
    ForkedNode.await(() -> schema.count("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = '" + instance + "'") == 1,
        Duration.ofSeconds(60));
    Duration moved = Duration.between(restored, Instant.now());
    System.out.printf("a job cut from the database mid-run: run again and done %d ms after the database's return%n",
        moved.toMillis());
    assertThat(moved).as("retried after seconds, not after its %d ms lock", LOCK_MILLIS)
        .isLessThan(Duration.ofMillis(LOCK_MILLIS));
    assertThat(step.runs.get()).as("run twice").isEqualTo(2);
    assertThat(schema.count("SELECT COUNT(*) FROM " + schema.name() + ".job_effect"))
        .as("its effect once: the cut run rolled back").isEqualTo(1);
    assertThat(schema.count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1")).as("one failed run")
        .isEqualTo(1);
    assertThat(schema.rows("SELECT job_retries_ FROM act_hi_job_log WHERE job_state_ = 2"))
        .as("no retry used").extracting(row -> ((Number) row.get("job_retries_")).intValue()).containsExactly(3);
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
  }

  private void useEveryIdleConnection() throws SQLException {
    List<Connection> idle = new ArrayList<>();
    try {
      while (idle.size() < pool.getMaximumPoolSize() - 1) { // one is the job's
        Connection connection = pool.getConnection();
        idle.add(connection);
        connection.createStatement().execute("SELECT 1");
      }
    } finally {
      for (Connection connection : idle) {
        connection.close();
      }
    }
  }

  private static HikariConfig poolLikeTheApplication(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(System.getenv("TEST_POSTGRES_USER"));
    config.setPassword(System.getenv("TEST_POSTGRES_PASSWORD"));
    // application.yaml: spring.datasource.hikari
    config.setConnectionTimeout(5_000);
    config.setValidationTimeout(2_000);
    config.setKeepaliveTime(30_000);
    config.setMaximumPoolSize(5);
    return config;
  }

  private ProcessEngine engine(PausingStep step) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(pool);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full"); // the job log, as in the application
    configuration.setDatabaseSchema(schema.name());
    configuration.setDatabaseTablePrefix(schema.name() + ".");
    configuration.setProcessEngineName("jobcut-" + schema.name());
    configuration.setBeans(Map.of("pausingStep", step));
    configuration.setProcessEnginePlugins(List.of(new TransientFaultRetries(RETRY_DELAY)));
    DefaultJobExecutor jobs = new DefaultJobExecutor();
    jobs.setLockTimeInMillis((int) LOCK_MILLIS); // application.yaml: camunda.bpm.job-execution
    jobs.setMaxWait(1_000);
    configuration.setJobExecutor(jobs);
    configuration.setJobExecutorActivate(true);
    ProcessEngine built = configuration.buildProcessEngine();
    built.getRepositoryService().createDeployment().addModelInstance("cut-job.bpmn",
        Bpmn.createExecutableProcess("cut-job").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Work").camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R3/PT5M")
            .camundaExpression("${pausingStep.run(execution)}")
            .userTask("Task_After").endEvent().done()).deploy();
    return built;
  }
}
