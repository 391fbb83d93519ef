package fr.logementaccompagne.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.PostgresApplicationTest;
import fr.logementaccompagne.support.WebappSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast each role's lists answer at a landlord's scale (10,000 open cases, 50,000 closed ones) on PostgreSQL,
 * over the routes a person uses: the engine REST task list and count, Tasklist's own filter list and the history
 * list (issue 15, ADR 26). Not part of the test suite: run it with {@code scripts/benchmark-visibility}. It prints
 * p50/p95 per list and role over 20 calls; it asserts only that each call answered and that the cases are there.
 */
@PostgresApplicationTest
class VisibilityBenchmark {

  static final int RUNS = 20;
  static final int WARM_UPS = 3;
  static final long BUDGET_MS = 30_000;

  /** A demo user of each role (README), with what they see. */
  record Role(String label, String user, String password) {
  }

  static final List<Role> ROLES = List.of(
      new Role("manager (responsable)", "responsable", "demo"),
      new Role("administrator (demo)", "demo", PostgresApplicationTest.ADMIN_PASSWORD),
      new Role("partner (marie.visa)", "marie.visa", "demo"),
      new Role("coordinator (coord.metropole)", "coord.metropole", "demo"),
      new Role("agency (agence.lille)", "agence.lille", "demo"),
      new Role("provider (presta.soliha)", "presta.soliha", "demo"));

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  DataSource dataSource;

  @Test
  void listsOfEveryRoleAtALandlordsScale() throws IOException, SQLException {
    long seeding = seedOnce();
    int open = count("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ LIKE '%-BENCH-%' AND end_time_ IS NULL");
    int closed = count("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ LIKE '%-BENCH-%' "
        + "AND end_time_ IS NOT NULL");
    int grants = count("SELECT COUNT(*) FROM act_ru_authorization");
    assertThat(open).isGreaterThanOrEqualTo(10_000);
    assertThat(closed).isGreaterThanOrEqualTo(50_000);
    String filterId = jdbc.sql("SELECT id_ FROM act_ru_filter WHERE name_ = 'Tâches de mes groupes'")
        .query(String.class).single();

    System.out.printf("%nVisibility benchmark: %,d open cases, %,d closed, %,d authorization rows%s; "
        + "p50/p95 over %d calls after %d warm-ups%n", open, closed, grants,
        seeding >= 0 ? ", seeded in " + seeding / 1000 + " s" : "", RUNS, WARM_UPS);
    System.out.printf("  %-31s %-22s %-22s %-22s %-22s%n", "role (tasks / history seen)", "task list (15)",
        "task count", "Tasklist filter (hal)", "history list (50)");
    for (Role role : ROLES) {
      HttpHeaders basic = new HttpHeaders();
      basic.setBasicAuth(role.user(), role.password());
      HttpHeaders tasklist = new WebappSession(http, "tasklist").loggedIn(role.user(), role.password());
      tasklist.setContentType(MediaType.APPLICATION_JSON);
      tasklist.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
      String tasks = get(basic, "/engine-rest/task/count");
      String history = get(basic, "/engine-rest/history/process-instance/count");

      String taskList = measure(() -> get(basic, "/engine-rest/task?maxResults=15&sortBy=created&sortOrder=desc"));
      String taskCount = measure(() -> get(basic, "/engine-rest/task/count"));
      String filter = measure(() -> post(tasklist, "/camunda/api/engine/engine/default/filter/" + filterId
          + "/list?firstResult=0&maxResults=15", Map.of("processVariables", List.of(), "taskVariables", List.of(),
          "caseInstanceVariables", List.of(), "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")),
          "active", true)));
      String historyList = measure(() -> get(basic, "/engine-rest/history/process-instance?maxResults=50"));
      System.out.printf("  %-31s %-22s %-22s %-22s %-22s%n", role.label() + " " + digits(tasks) + " / "
          + digits(history), taskList, taskCount, filter, historyList);
    }
  }

  /** Milliseconds spent seeding, or -1 when the database already holds the cases. */
  private long seedOnce() throws IOException, SQLException {
    if (count("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ LIKE '%-BENCH-%'") > 0) {
      return -1;
    }
    long start = System.currentTimeMillis();
    String script = new ClassPathResource("benchmark/visibility-60000-cases.sql")
        .getContentAsString(StandardCharsets.UTF_8);
    // one connection: the script's case list is a temporary table
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
    return System.currentTimeMillis() - start;
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }

  private static String digits(String countBody) {
    return countBody.replaceAll("\\D", "");
  }

  private String get(HttpHeaders headers, String path) {
    return answered(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class));
  }

  private String post(HttpHeaders headers, String path, Object body) {
    return answered(http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class));
  }

  private static String answered(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return answer.getBody();
  }

  /**
   * "p50 / p95 ms" of RUNS calls after WARM_UPS; a list slower than BUDGET_MS in all is measured on fewer calls
   * (their number is printed), so that the slowest lists before a fix do not hold the run for an hour.
   */
  private static String measure(Supplier<?> call) {
    long budgetEnd = System.currentTimeMillis() + BUDGET_MS;
    for (int i = 0; i < WARM_UPS && System.currentTimeMillis() < budgetEnd; i++) {
      call.get();
    }
    List<Long> millis = new ArrayList<>();
    while (millis.size() < RUNS && (millis.size() < 3 || System.currentTimeMillis() < budgetEnd)) {
      long start = System.nanoTime();
      call.get();
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    millis.sort(Long::compare);
    int n = millis.size();
    return String.format("%5d / %5d ms%s", millis.get(n / 2), millis.get((int) Math.ceil(n * 0.95) - 1),
        n < RUNS ? " (" + n + ")" : "");
  }
}
