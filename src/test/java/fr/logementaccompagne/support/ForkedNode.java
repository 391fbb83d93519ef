package fr.logementaccompagne.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.LogementAccompagneApplication;
import java.io.File;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, as a node in production (profiles {@code demo,postgres}: the demo users,
 * the production settings) on a {@link FreshSchema}, with its job executor; its output goes to
 * {@code target/<name>.log}. A test can kill it as {@code kill -9} does.
 */
public final class ForkedNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;

  private ForkedNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** Launches the node; {@link #awaitReady()} waits until it answers. */
  public static ForkedNode launch(FreshSchema schema, String name) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    // the test's classpath without empty entries: an empty entry is the working directory, whose processes/ and
    // forms/ would be deployed a second time
    String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(File.pathSeparator))
        .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath,
        LogementAccompagneApplication.class.getName(), "--spring.profiles.active=demo,postgres",
        "--server.port=" + port, "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--la.eligibility.referral-year-at-most=2026"));
    schema.nodeProperties().forEach(property -> command.add("--" + property));
    Path target = Path.of("target").toAbsolutePath();
    Process process = new ProcessBuilder(command).directory(target.toFile()).redirectErrorStream(true)
        .redirectOutput(target.resolve(name + ".log").toFile()).start();
    return new ForkedNode(name, port, process);
  }

  public ForkedNode awaitReady() throws InterruptedException {
    await(() -> healthy() || !process.isAlive(), Duration.ofMinutes(10));
    assertThat(process.isAlive()).as("node %s started, see target/%s.log", name, name).isTrue();
    return this;
  }

  public int port() {
    return port;
  }

  /** As {@code kill -9}: no shutdown hook, no clean-up, locks left in the database. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  private boolean healthy() {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
          + "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Polls until the condition holds; fails (not hangs) once the time is out. */
  public static void await(BooleanSupplier condition, Duration atMost) throws InterruptedException {
    await(condition, atMost, () -> "");
  }

  /** As {@link #await(BooleanSupplier, Duration)}; a failure also tells what {@code state} says of the system. */
  public static void await(BooleanSupplier condition, Duration atMost, Supplier<String> state)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(atMost);
    while (!condition.getAsBoolean()) {
      if (!Instant.now().isBefore(deadline)) {
        throw new AssertionError("condition within " + atMost + " " + state.get());
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
