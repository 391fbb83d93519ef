package fr.logementaccompagne.faults;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.ForkedNode;
import fr.logementaccompagne.support.FreshSchema;
import fr.logementaccompagne.support.PostgresAvailable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the application with pathways in flight (issue 13): the application runs in a JVM of its
 * own, on a fresh schema, with its job executor; referrals are sent, the JVM is killed at once, with jobs locked by
 * it, and started again. Every case must move on (its asynchronous steps run, the case waits for its dwelling
 * proposal) within 60 s of the restart, nothing lost (every 201 has its case), nothing duplicated (each job run once,
 * one case per household), no incident.
 */
@PostgresAvailable
class NodeKilledPostgresTest {

  static final int REFERRALS = 200;
  static final int SENDERS = 8;
  static final Duration GOAL = Duration.ofSeconds(60);
  /** Cases whose asynchronous steps (eligibility, overlap, dwellings) have all run. */
  static final String WAITING_FOR_DWELLING =
      "SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'Task_ProposeDwelling'";

  FreshSchema schema;
  ForkedNode node;

  @AfterEach
  void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void everyCaseMovesOnWithinAMinuteOfTheRestart() throws Exception {
    schema = new FreshSchema("killed");
    node = ForkedNode.launch(schema, "node-killed").awaitReady();
    // 200 pathways in flight: referrals sent from 8 threads faster than the node runs their asynchronous steps
    int port = node.port();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < REFERRALS; i++) {
        String household = "KILL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        answers.add(senders.submit(() -> FreshSchema.refer(port, household)));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(201);
      }
    } finally {
      senders.shutdownNow();
    }
    long lockedWhenKilled = schema.count("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL");
    long waitingWhenKilled = schema.count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'");
    node.kill();

    node = ForkedNode.launch(schema, "node-restarted").awaitReady();
    Instant restarted = Instant.now();
    ForkedNode.await(() -> schema.count(WAITING_FOR_DWELLING) == REFERRALS, GOAL);
    System.out.printf("kill -9 with %d referrals, %d jobs pending of which %d locked by the dead node: every case"
            + " moved on %d ms after the restart%n", REFERRALS, waitingWhenKilled, lockedWhenKilled,
        Duration.between(restarted, Instant.now()).toMillis());

    assertThat(schema.count("SELECT COUNT(*) FROM pathway_case")).isEqualTo(REFERRALS);
    assertThat(schema.count("SELECT COUNT(DISTINCT household_id) FROM pathway_case")).isEqualTo(REFERRALS);
    assertThat(schema.count("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2"
        + " AND process_instance_id_ IS NOT NULL GROUP BY job_id_ HAVING COUNT(*) > 1) twice")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'")).isZero();
  }
}
