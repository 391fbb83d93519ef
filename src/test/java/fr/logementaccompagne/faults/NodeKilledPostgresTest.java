package fr.logementaccompagne.faults;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.LogementAccompagneApplication;
import fr.logementaccompagne.support.PostgresAvailable;
import fr.logementaccompagne.support.FreshSchema;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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

  static final int REFERRALS = 20;
  static final Duration GOAL = Duration.ofSeconds(60);
  /** Cases whose asynchronous steps (eligibility, overlap, dwellings) have all run. */
  static final String WAITING_FOR_DWELLING =
      "SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'Task_ProposeDwelling'";

  final HttpClient client = HttpClient.newHttpClient();
  FreshSchema schema;
  Process node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.destroyForcibly();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void everyCaseMovesOnWithinAMinuteOfTheRestart() throws Exception {
    schema = new FreshSchema("killed");
    int port = freePort();

    node = start(port, 1);
    List<String> households = new ArrayList<>();
    for (int i = 0; i < REFERRALS; i++) {
      String household = "KILL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
      assertThat(FreshSchema.refer(port, household)).isEqualTo(201);
      households.add(household);
    }
    long lockedWhenKilled = schema.count("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL");
    node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    node = start(port, 2);
    Instant restarted = Instant.now();
    await(() -> schema.count(WAITING_FOR_DWELLING) == REFERRALS, GOAL);
    Duration recovery = Duration.between(restarted, Instant.now());
    System.out.printf("kill -9 with %d referrals, %d jobs locked by the dead node: every case moved on %d ms after"
        + " the restart%n", REFERRALS, lockedWhenKilled, recovery.toMillis());

    assertThat(schema.count("SELECT COUNT(*) FROM pathway_case")).isEqualTo(REFERRALS);
    assertThat(schema.count("SELECT COUNT(DISTINCT household_id) FROM pathway_case")).isEqualTo(REFERRALS);
    assertThat(schema.count("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2"
        + " GROUP BY job_id_ HAVING COUNT(*) > 1) twice")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
    assertThat(schema.count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'")).isZero();
  }

  /** The application in a JVM of its own, as in production but with the demo users; waits until it is healthy. */
  private Process start(int port, int run) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        LogementAccompagneApplication.class.getName(), "--spring.profiles.active=demo,postgres",
        "--server.port=" + port));
    schema.nodeProperties().forEach(property -> command.add("--" + property));
    Path log = Path.of("target", "node-killed-" + run + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    await(() -> healthy(port) || !process.isAlive(), Duration.ofMinutes(4));
    assertThat(process.isAlive()).as("node started, see %s", log).isTrue();
    return process;
  }

  private boolean healthy(int port) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Polls until the condition holds; fails (not hangs) once the time is out. */
  static void await(BooleanSupplier condition, Duration atMost) throws InterruptedException {
    Instant deadline = Instant.now().plus(atMost);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("condition within %s", atMost).isBefore(deadline);
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
