package fr.logementaccompagne.faults;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.ForkedNode;
import fr.logementaccompagne.support.FreshSchema;
import fr.logementaccompagne.support.PostgresAvailable;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes (two JVMs) launched at the same moment on an empty database both come up (issue 13): the second waits
 * for the first's start-up (schema, deployments, groups, administrator) under the startup lock, then finds
 * everything in place. Then their job executors share the work: every job of ten referrals is run once.
 */
@PostgresAvailable
class TwoNodesOnEmptyDatabasePostgresTest {

  static final int REFERRALS = 10;

  FreshSchema schema;
  ForkedNode nodeA;
  ForkedNode nodeB;

  @AfterEach
  void stopNodesAndDropSchema() throws Exception {
    for (ForkedNode node : new ForkedNode[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void twoNodesStartTogetherOnAnEmptyDatabaseAndShareTheJobs() throws Exception {
    schema = new FreshSchema("nodes");
    nodeA = ForkedNode.launch(schema, "node-a");
    nodeB = ForkedNode.launch(schema, "node-b");
    nodeA.awaitReady();
    nodeB.awaitReady();

    // one deployment of each process, one administrator, every migration applied once
    assertThat(schema.count("SELECT COUNT(*) FROM act_re_procdef WHERE key_ = 'access-pathway'")).isEqualTo(1);
    assertThat(schema.count("SELECT COUNT(*) FROM act_id_user WHERE id_ = 'admin'")).isEqualTo(1);
    assertThat(schema.count("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")).isZero();

    // referrals through both nodes; both job executors run the cases' asynchronous steps
    for (int i = 0; i < REFERRALS; i++) {
      int port = (i % 2 == 0 ? nodeA : nodeB).port();
      assertThat(FreshSchema.refer(port, "NODE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()))
          .isEqualTo(201);
    }
    ForkedNode.await(() -> schema.count(NodeKilledPostgresTest.WAITING_FOR_DWELLING) == REFERRALS,
        Duration.ofMinutes(2));
    // no job of a case run twice: one success per job in the job log (the engine's history cleanup job runs again
    // and again under one id at night, hence only the cases' jobs), no incident, nothing left to run
    assertThat(schema.count("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2"
        + " AND process_instance_id_ IS NOT NULL GROUP BY job_id_ HAVING COUNT(*) > 1) twice")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM pathway_case")).isEqualTo(REFERRALS);
    List<?> perNode = schema.rows(
        "SELECT hostname_, COUNT(*) AS jobs FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_");
    System.out.printf("Jobs run per node: %s%n", perNode);
  }
}
