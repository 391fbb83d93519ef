package fr.logementaccompagne.faults;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.LogementAccompagneApplication;
import fr.logementaccompagne.support.FreshSchema;
import fr.logementaccompagne.support.PostgresAvailable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes started at the same moment on an empty database both come up (issue 13): the second waits for the
 * first's start-up (schema, deployments, groups, administrator) under the startup lock, then finds everything in
 * place. Then their job executors share the work: every job of ten referrals is run once, by one node. The empty
 * database is a fresh schema of the test database (tests may not create databases on a shared server).
 */
@PostgresAvailable
class TwoNodesOnEmptyDatabasePostgresTest {

  static final int REFERRALS = 10;

  final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
  FreshSchema schema;

  @AfterEach
  void stopNodesAndDropSchema() {
    nodes.forEach(ConfigurableApplicationContext::close);
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void twoNodesStartTogetherOnAnEmptyDatabaseAndShareTheJobs() throws Exception {
    schema = new FreshSchema("nodes");

    ExecutorService starters = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
    for (String node : List.of("node-a", "node-b")) {
      started.add(starters.submit(() -> {
        together.await(30, TimeUnit.SECONDS);
        return start(node);
      }));
    }
    for (Future<ConfigurableApplicationContext> node : started) {
      nodes.add(node.get(6, TimeUnit.MINUTES));
    }
    starters.shutdown();

    // one schema, one deployment of each process, one administrator, one set of role groups
    assertThat(schema.count("SELECT COUNT(*) FROM act_re_procdef WHERE key_ = 'access-pathway'")).isEqualTo(1);
    assertThat(schema.count("SELECT COUNT(*) FROM act_id_user WHERE id_ = 'admin'")).isEqualTo(1);
    assertThat(schema.count("SELECT COUNT(DISTINCT installed_rank) FROM flyway_schema_history WHERE success"))
        .isEqualTo(schema.count("SELECT COUNT(*) FROM flyway_schema_history"));

    // referrals through both nodes; both job executors run the cases' asynchronous steps
    for (int i = 0; i < REFERRALS; i++) {
      int port = ((WebServerApplicationContext) nodes.get(i % 2)).getWebServer().getPort();
      assertThat(FreshSchema.refer(port, "NODE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()))
          .isEqualTo(201);
    }
    NodeKilledPostgresTest.await(() -> schema.count(NodeKilledPostgresTest.WAITING_FOR_DWELLING) == REFERRALS,
        Duration.ofMinutes(2));
    // no job run twice: one success per job in the job log, no failure, no incident, nothing left locked
    assertThat(schema.count("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2"
        + " GROUP BY job_id_ HAVING COUNT(*) > 1) twice")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM pathway_case")).isEqualTo(REFERRALS);
    System.out.printf("Jobs run per node: %s%n",
        schema.rows("SELECT hostname_, COUNT(*) AS jobs FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_"));
  }

  private ConfigurableApplicationContext start(String node) {
    List<String> properties = new ArrayList<>(schema.nodeProperties());
    properties.addAll(List.of("server.port=0", "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.generic-properties.properties.hostname=" + node));
    // as command-line arguments: above the profiles' own files, like a node's settings
    return new SpringApplicationBuilder(LogementAccompagneApplication.class)
        .profiles("demo", "postgres")
        .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
  }
}
