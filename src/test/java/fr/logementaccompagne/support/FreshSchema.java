package fr.logementaccompagne.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty database for nodes started by a test itself: a fresh schema of the {@code TEST_POSTGRES_URL} database
 * (tests may not create databases on a shared server), the settings a node needs to run in it, queries on its
 * tables and a referral sent to a node over HTTP.
 */
public final class FreshSchema implements AutoCloseable {

  private final String name;
  private final String url = System.getenv("TEST_POSTGRES_URL");
  private final JdbcTemplate admin;

  public FreshSchema(String prefix) {
    this.name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    this.admin = new JdbcTemplate(new DriverManagerDataSource(url, System.getenv("TEST_POSTGRES_USER"),
        System.getenv("TEST_POSTGRES_PASSWORD")));
    admin.execute("CREATE SCHEMA " + name);
  }

  public String name() {
    return name;
  }

  /** Spring properties (name=value) of a node on this schema, production profile settings, no demo pathways. */
  public List<String> nodeProperties() {
    return List.of(
        "spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
        "spring.datasource.username=" + System.getenv("TEST_POSTGRES_USER"),
        "spring.datasource.password=" + System.getenv("TEST_POSTGRES_PASSWORD"),
        "spring.flyway.schemas=" + name,
        "camunda.bpm.database.schema-name=" + name,
        "camunda.bpm.database.table-prefix=" + name + ".",
        "camunda.bpm.admin-user.password=" + PostgresApplicationTest.ADMIN_PASSWORD,
        "la.demo.pathways=false",
        "server.servlet.session.cookie.secure=false");
  }

  /** A count on the schema's tables, written without the schema: {@code SELECT COUNT(*) FROM act_ru_job}. */
  public long count(String sql) {
    return admin.queryForObject(qualified(sql), Long.class);
  }

  public List<java.util.Map<String, Object>> rows(String sql) {
    return admin.queryForList(qualified(sql));
  }

  private String qualified(String sql) {
    return sql.replaceAll("(?i)\\b(FROM|JOIN) (act_|flyway_|pathway_|household|case_counter)", "$1 " + name + ".$2");
  }

  /** marie.visa (demo user) refers a new household of her partner through a node's API; the HTTP status. */
  public static int refer(int port, String householdReference) throws IOException, InterruptedException {
    String body = """
        {"householdReference": "%s", "partnerCode": "VISA", "territoryCode": "LILLE", "householdSize": 2,
         "dependants": 1, "annualResourcesEur": 15000, "priorityCategories": ["LEAVING_SHELTER"],
         "needsMotorAdaptedDwelling": false, "consentToAccompaniment": true}""".formatted(householdReference);
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/referrals"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "marie.visa:demo".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Override
  public void close() {
    admin.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }
}
