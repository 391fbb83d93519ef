package fr.logementaccompagne.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.support.PostgresApplicationTest;
import fr.logementaccompagne.support.WebappSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the programme report takes at a landlord's scale (10,000 cases, 50,000 reviews) on PostgreSQL. Not part
 * of the test suite (its name does not end in Test): run it with {@code scripts/benchmark-programme-report}. It
 * prints figures; it asserts only that the data it measured is there.
 */
@PostgresApplicationTest
class ProgrammeReportBenchmark {

  static final int RUNS = 20;

  @Autowired
  ProgrammeReports reports;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TestRestTemplate http;

  @Test
  void reportAtALandlordsScale() throws IOException {
    if (jdbc.sql("SELECT COUNT(*) FROM household WHERE reference LIKE 'BENCH-H-%'").query(Integer.class).single()
        == 0) {
      String script = new ClassPathResource("benchmark/programme-10000-cases.sql").getContentAsString(
          StandardCharsets.UTF_8);
      for (String statement : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
        if (!statement.isBlank()) {
          jdbc.sql(statement).update();
        }
      }
    }
    int cases = jdbc.sql("SELECT COUNT(*) FROM pathway_case").query(Integer.class).single();
    int reviews = jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Integer.class).single();
    assertThat(cases).isGreaterThanOrEqualTo(10_000);
    assertThat(reviews).isGreaterThanOrEqualTo(50_000);
    System.out.printf("%nProgramme report benchmark: %,d cases, %,d reviews, %d runs each after 3 warm-ups%n",
        cases, reviews, RUNS);

    measure("service, manager (whole programme)", () -> reports.of(2026, new Caller("m", List.of("managers"))));
    measure("service, coordinator (basin)", () -> reports.of(2026,
        new Caller("c", List.of("coordinator-METROPOLE"))));
    measure("service, agency (territory)", () -> reports.of(2026, new Caller("a", List.of("agency-LILLE"))));
    measure("service, partner (own cases)", () -> reports.of(2026, new Caller("p", List.of("partner-VISA"))));

    HttpHeaders manager = new WebappSession(http, "cockpit").loggedIn("responsable", "demo");
    measure("Cockpit plugin resource over HTTP, manager", () -> {
      var answer = http.exchange("/camunda/api/cockpit/plugin/programme-dashboard/default/programme?year=2026",
          HttpMethod.GET, new HttpEntity<>(manager), String.class);
      assertThat(answer.getStatusCode().value()).isEqualTo(200);
      return answer;
    });
  }

  private static void measure(String what, Supplier<?> run) {
    for (int i = 0; i < 3; i++) {
      run.get();
    }
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      run.get();
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    millis.sort(Long::compare);
    System.out.printf("  %-45s median %4d ms, p95 %4d ms, max %4d ms%n", what, millis.get(RUNS / 2),
        millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1));
  }
}
