package fr.logementaccompagne.faults;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.CuttableTcpProxy;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.PostgresApplicationTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under the application and comes back (issue 13), played by cutting a TCP relay between
 * them, not by restarting the shared server: meanwhile both APIs answer 503 with a French problem body and
 * {@code Retry-After}, health says down and nothing is half-written; once it is back, the very next request
 * succeeds (pooled connections are checked before use) and no case number was used up by the refused ones.
 */
@PostgresApplicationTest
class DatabaseOutagePostgresTest {

  static final CuttableTcpProxy DATABASE = relayTo(System.getenv("TEST_POSTGRES_URL"));

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  static CuttableTcpProxy relayTo(String jdbcUrl) {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      return null;
    }
    try {
      URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
      return new CuttableTcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot relay to " + jdbcUrl, e);
    }
  }

  @DynamicPropertySource
  static void throughTheRelay(DynamicPropertyRegistry registry) {
    String url = System.getenv("TEST_POSTGRES_URL");
    URI server = URI.create(url.substring("jdbc:".length()));
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + DATABASE.port() + server.getPath()
        + (server.getQuery() == null ? "" : "?" + server.getQuery()));
  }

  @AfterAll
  static void closeRelay() throws Exception {
    DATABASE.close();
  }

  @Test
  void whileTheDatabaseIsAwayBothApisAnswer503ThenTheNextRequestWorks() {
    EngineRestClient rest = new EngineRestClient(http, "demo", PostgresApplicationTest.ADMIN_PASSWORD);
    int numberBefore = jdbc.queryForObject("SELECT last_value FROM case_counter WHERE pathway = 'ACCESS'",
        Integer.class);
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);

    DATABASE.cut();
    List<ResponseEntity<String>> duringOutage = new ArrayList<>();
    try {
      duringOutage.add(rest.post("marie.visa", "demo", "/api/referrals",
          RaceLosersScenarios.referral(RaceLosersScenarios.newHousehold(), "VISA")));
      duringOutage.add(rest.get("demo", PostgresApplicationTest.ADMIN_PASSWORD, "/engine-rest/task?maxResults=5"));
      duringOutage.add(rest.get("demo", PostgresApplicationTest.ADMIN_PASSWORD, "/api/reference/territories"));
      assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(503);
    } finally {
      DATABASE.restore();
    }

    assertThat(duringOutage).allSatisfy(answer -> {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
      assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
      assertThat(answer.getBody()).contains("La base de données ne répond pas");
    });

    // back: the first request works, no broken pooled connection handed out
    String household = RaceLosersScenarios.newHousehold();
    ResponseEntity<String> after = rest.post("marie.visa", "demo", "/api/referrals",
        RaceLosersScenarios.referral(household, "VISA"));
    assertThat(after.getStatusCode().value()).as(after.getBody()).isEqualTo(201);
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
    // the referral refused during the outage used up no number and left no household
    assertThat(jdbc.queryForObject("SELECT last_value FROM case_counter WHERE pathway = 'ACCESS'", Integer.class))
        .isEqualTo(numberBefore + 1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE reference LIKE 'RACE-%' AND id NOT IN"
        + " (SELECT household_id FROM pathway_case)", Integer.class)).isZero();
  }
}
