package fr.logementaccompagne.security;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.security.HostileEngineBodies.Body;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.StoreSnapshot;
import fr.logementaccompagne.support.WebappSession;
import java.net.URI;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8, finding 8: a generated bad-input run over the engine REST routes a person can reach — start and
 * submit-form (by key and id), task completion, form submission and variables, process instance variables,
 * messages, job execution — on {@code /engine-rest} and on the webapps' engine API, by every role. Each of the
 * requests (seeded, so replayable) must get a 4xx, and nothing may be stored; the intake API works afterwards.
 */
@H2ApplicationTest
class EngineRestBadInputTest {

  static final long SEED = 20261201L;
  static final int REQUESTS = 5200;
  static final String ADMIN = "demo";
  static final String PASSWORD = "demo";
  static final List<String> ROLES = List.of(ADMIN, "marie.visa", "paul.apf", "agence.lille", "agence.roubaix",
      "coord.metropole", "presta.soliha", "responsable", "analyste");
  static final List<String> WEBAPP_ROLES = List.of(ADMIN, "marie.visa", "agence.lille", "responsable");
  static final String WEBAPP = "/camunda/api/engine/engine/default";
  static final List<String> REFERRAL_REQUIRED = List.of(Vars.HOUSEHOLD_REFERENCE, Vars.PARTNER_CODE,
      Vars.TERRITORY_CODE, Vars.HOUSEHOLD_SIZE, Vars.DEPENDANTS, Vars.ANNUAL_RESOURCES_EUR,
      Vars.PRIORITY_CATEGORIES, Vars.CONSENT_TO_ACCOMPANIMENT);

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  final Random random = new Random(SEED);
  final HostileEngineBodies bodies = new HostileEngineBodies(random);
  final Map<String, HttpHeaders> webappSessions = new LinkedHashMap<>();

  /** What the routes are called on: open, finished and unknown things. */
  record Targets(List<String> tasks, List<String> instances, List<String> keys, List<String> definitions,
                 List<String> jobs, String pendingJob, String purchaseOrderDefinition) {
  }

  /** A route: how to send to it, given the caller and the targets. */
  record Route(String name, boolean webapp, Function<Context, Request> request) {
  }

  record Context(String user, Targets targets, HostileEngineBodies bodies) {
    boolean admin() {
      return user.equals(ADMIN);
    }
  }

  record Request(HttpMethod method, String path, Body body) {
  }

  record Outcome(Route route, String user, Request request, int status, String response, long micros) {
  }

  @Test
  void badInputOnTheEngineRoutesGets4xxAndStoresNothing() {
    EngineRestClient rest = new EngineRestClient(http, ADMIN, PASSWORD);
    Targets targets = targets(rest);
    WEBAPP_ROLES.forEach(user -> webappSessions.put(user, new WebappSession(http, "tasklist")
        .loggedIn(user, PASSWORD)));
    List<Route> routes = routes();

    Map<String, String> before = StoreSnapshot.of(jdbc);
    // a refused request is the caller's error, not the server's: nothing at ERROR (the engine's stack traces)
    ThresholdFilter errorsOnly = new ThresholdFilter();
    errorsOnly.setLevel("ERROR");
    errorsOnly.start();
    ListAppender<ILoggingEvent> errors = new ListAppender<>();
    errors.addFilter(errorsOnly);
    errors.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(errors);
    List<Outcome> outcomes = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < REQUESTS; i++) {
      Route route = routes.get(random.nextInt(routes.size()));
      String user = bodies.pick(route.webapp() ? WEBAPP_ROLES : ROLES);
      Request request = route.request().apply(new Context(user, targets, bodies));
      outcomes.add(send(route, user, request));
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    root.detachAppender(errors);
    Map<String, String> after = StoreSnapshot.of(jdbc);

    printSummary(outcomes, seconds);
    List<String> serverErrors = outcomes.stream().filter(o -> o.status() >= 500 || o.status() < 0)
        .map(EngineRestBadInputTest::describe).toList();
    List<String> accepted = outcomes.stream().filter(o -> o.status() < 300 && o.request().method() != HttpMethod.GET
            && o.request().method() != HttpMethod.DELETE && !o.request().path().endsWith("/message"))
        .map(EngineRestBadInputTest::describe).toList();
    List<String> unclear = outcomes.stream().filter(o -> o.status() >= 400 && o.status() < 500)
        .filter(o -> !clear(o.response())).map(EngineRestBadInputTest::describe).toList();
    List<String> tooLargeNotRefused = outcomes.stream().filter(o -> o.request().body() != null
        && o.request().body().kind().equals("2 MB body") && o.status() != 413)
        .map(EngineRestBadInputTest::describe).toList();
    List<String> errorLogs = errors.list.stream().map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
        .map(message -> HostileEngineBodies.abbreviate(message, 300)).toList();
    assertSoftly(soft -> {
      soft.assertThat(outcomes).hasSizeGreaterThanOrEqualTo(5000);
      soft.assertThat(tooLargeNotRefused).as("2 MB bodies not refused with 413").isEmpty();
      soft.assertThat(errorLogs).as("ERROR logs during the run").isEmpty();
      soft.assertThat(serverErrors).as("requests answered with a 5xx (%d)", serverErrors.size()).isEmpty();
      soft.assertThat(accepted).as("hostile writes accepted (%d)", accepted.size()).isEmpty();
      soft.assertThat(unclear).as("refusals without Camunda's {type, message} body (%d)", unclear.size())
          .isEmpty();
      soft.assertThat(after).as("nothing stored by refused requests").isEqualTo(before);
    });

    // the intake still works
    assertThat(rest.post("marie.visa", PASSWORD, "/api/referrals", referral("VISA", household()))
        .getStatusCode().value()).isEqualTo(201);
    assertThat(rest.post("agence.roubaix", PASSWORD, "/api/maintien/alerts", Map.of(
        "householdReference", "LOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
        "dwellingReference", "ROU-BAV-07", "territoryCode", "ROUBAIX_TOURCOING", "arrearsAmountEur", 1850.40,
        "arrearsMonths", 4, "troubleKinds", List.of("ARREARS"))).getStatusCode().value()).isEqualTo(201);
  }

  // ------------------------------------------------------------------------------------------------ targets

  /**
   * An open task that needs a decision (so no hostile completion can pass), a task already completed, a running
   * case, a case deleted (only in history), a job not yet run (for non-administrators only: an administrator
   * would run it) and ids of nothing.
   */
  Targets targets(EngineRestClient rest) {
    String proposalCase = refer(rest);
    rest.runAsyncSteps(proposalCase);
    String proposalTask = rest.task(proposalCase, PROPOSE_DWELLING).get("id").asText();

    String commissionCase = refer(rest);
    rest.runAsyncSteps(commissionCase);
    String completedTask = rest.task(commissionCase, PROPOSE_DWELLING).get("id").asText();
    String dwelling = EngineRestClient.json(rest.variable(commissionCase, Vars.DWELLING_OPTIONS).get("value")
        .asText()).get(0).get("value").asText();
    rest.complete(commissionCase, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    assertThat(rest.activeTaskKeys(commissionCase)).contains(ATTRIBUTION_COMMISSION);

    String pendingCase = refer(rest);
    String pendingJob = rest.getJson("/engine-rest/job?processInstanceId=" + pendingCase).get(0).get("id").asText();

    String deletedCase = refer(rest);
    String deletedJob = rest.getJson("/engine-rest/job?processInstanceId=" + deletedCase).get(0).get("id").asText();
    HttpHeaders admin = new HttpHeaders();
    admin.setBasicAuth(ADMIN, PASSWORD);
    assertThat(http.exchange("/engine-rest/process-instance/" + deletedCase, HttpMethod.DELETE,
        new org.springframework.http.HttpEntity<>(admin), String.class).getStatusCode().value()).isEqualTo(204);

    String access = definitionId(rest, AccessPathway.KEY);
    String maintien = definitionId(rest, MaintienPathway.KEY);
    String purchaseOrder = definitionId(rest, "maintien-purchase-order");
    return new Targets(List.of(proposalTask, completedTask, "no-such-task", "' OR 1=1 --"),
        List.of(proposalCase, deletedCase, "no-such-instance"),
        List.of(AccessPathway.KEY, MaintienPathway.KEY, "no-such-process", "<script>"),
        List.of(access, maintien, "no-such-definition", "access-pathway:1:x"),
        List.of(deletedJob, "no-such-job"), pendingJob, purchaseOrder);
  }

  String refer(EngineRestClient rest) {
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/api/referrals",
        referral("VISA", household()));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
  }

  static String definitionId(EngineRestClient rest, String key) {
    return rest.getJson("/engine-rest/process-definition/key/" + key).get("id").asText();
  }

  static Map<String, Object> referral(String partner, String household) {
    return Map.of("householdReference", household, "partnerCode", partner, "territoryCode", "LILLE",
        "householdSize", 2, "dependants", 1, "annualResourcesEur", 15000,
        "priorityCategories", List.of("LEAVING_SHELTER"), "consentToAccompaniment", true);
  }

  static String household() {
    return "FUZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** The referral of the start routes, as typed variables, before one required field is spoilt. */
  static Map<String, String> typedReferral() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put(Vars.HOUSEHOLD_REFERENCE, "{\"value\":\"" + household() + "\"}");
    variables.put(Vars.PARTNER_CODE, "{\"value\":\"VISA\"}");
    variables.put(Vars.TERRITORY_CODE, "{\"value\":\"LILLE\"}");
    variables.put(Vars.HOUSEHOLD_SIZE, "{\"value\":2,\"type\":\"Integer\"}");
    variables.put(Vars.DEPENDANTS, "{\"value\":1,\"type\":\"Integer\"}");
    variables.put(Vars.ANNUAL_RESOURCES_EUR, "{\"value\":15000,\"type\":\"Integer\"}");
    variables.put(Vars.PRIORITY_CATEGORIES, "{\"value\":\"LEAVING_SHELTER\"}");
    variables.put(Vars.CONSENT_TO_ACCOMPANIMENT, "{\"value\":true}");
    return variables;
  }

  // ------------------------------------------------------------------------------------------------ routes

  static List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (String root : List.of("/engine-rest", WEBAPP)) {
      boolean webapp = root.equals(WEBAPP);
      for (String action : List.of("start", "submit-form")) {
        routes.add(new Route("POST " + root + "/process-definition/key/{key}/" + action, webapp,
            c -> new Request(HttpMethod.POST, root + "/process-definition/key/" + startKey(c) + "/" + action,
                c.bodies().start(typedReferral(), REFERRAL_REQUIRED))));
        routes.add(new Route("POST " + root + "/process-definition/{id}/" + action, webapp,
            c -> new Request(HttpMethod.POST, root + "/process-definition/" + startDefinition(c) + "/" + action,
                c.bodies().start(typedReferral(), REFERRAL_REQUIRED))));
      }
      for (String action : List.of("complete", "submit-form")) {
        routes.add(new Route("POST " + root + "/task/{id}/" + action, webapp, c -> new Request(HttpMethod.POST,
            root + "/task/" + id(c.bodies().pick(c.targets().tasks())) + "/" + action,
            c.bodies().completion(HostileEngineBodies.TASK_NAMES))));
      }
      routes.add(new Route("PUT " + root + "/task/{id}/variables/{name}", webapp, c -> new Request(HttpMethod.PUT,
          root + "/task/" + id(c.bodies().pick(c.targets().tasks())) + "/variables/" + variableName(c),
          c.bodies().putValue())));
      routes.add(new Route("POST " + root + "/task/{id}/variables", webapp, c -> new Request(HttpMethod.POST,
          root + "/task/" + id(c.bodies().pick(c.targets().tasks())) + "/variables",
          c.bodies().modifications())));
    }
    String tasks = "/engine-rest/task/";
    String instances = "/engine-rest/process-instance/";
    routes.add(new Route("DELETE /engine-rest/task/{id}/variables/{name}", false, c -> new Request(
        HttpMethod.DELETE, tasks + id(c.bodies().pick(c.targets().tasks())) + "/variables/"
        + c.bodies().pick(List.of(variableName(c), "no-such-variable")), null)));
    routes.add(new Route("GET /engine-rest/task/{id}/variables", false, c -> new Request(HttpMethod.GET,
        tasks + id(c.bodies().pick(c.targets().tasks())) + "/variables", null)));
    routes.add(new Route("PUT /engine-rest/process-instance/{id}/variables/{name}", false, c -> new Request(
        HttpMethod.PUT, instances + id(c.bodies().pick(c.targets().instances())) + "/variables/"
        + variableName(c), c.bodies().putValue())));
    routes.add(new Route("POST /engine-rest/process-instance/{id}/variables", false, c -> new Request(
        HttpMethod.POST, instances + id(c.bodies().pick(c.targets().instances())) + "/variables",
        c.bodies().modifications())));
    routes.add(new Route("DELETE /engine-rest/process-instance/{id}/variables/{name}", false, c -> new Request(
        HttpMethod.DELETE, instances + id(c.bodies().pick(c.targets().instances())) + "/variables/"
        + variableName(c), null)));
    routes.add(new Route("GET /engine-rest/process-instance/{id}/variables[/{name}]", false, c -> new Request(
        HttpMethod.GET, instances + id(c.bodies().pick(c.targets().instances())) + "/variables"
        + c.bodies().pick(List.of("", "/caseReference", "/no-such-variable", "?deserializeValues=false")), null)));
    routes.add(new Route("POST /engine-rest/message", false, c -> new Request(HttpMethod.POST,
        "/engine-rest/message", c.bodies().message())));
    routes.add(new Route("POST /engine-rest/job/{id}/execute", false, c -> new Request(HttpMethod.POST,
        "/engine-rest/job/" + id(c.admin() ? c.bodies().pick(c.targets().jobs())
            : c.bodies().pick(List.of(c.targets().pendingJob(), c.targets().jobs().get(0), "no-such-job")))
        + "/execute", c.bodies().pick(List.of(true, false)) ? null : c.bodies().malformed())));
    return routes;
  }

  /** An administrator may start a process without a start rule: never offered one, lest a start succeed. */
  static String startKey(Context c) {
    List<String> keys = new ArrayList<>(c.targets().keys());
    if (!c.admin()) {
      keys.add("maintien-purchase-order");
    }
    return id(c.bodies().pick(keys));
  }

  static String startDefinition(Context c) {
    List<String> definitions = new ArrayList<>(c.targets().definitions());
    if (!c.admin()) {
      definitions.add(c.targets().purchaseOrderDefinition());
    }
    return id(c.bodies().pick(definitions));
  }

  /**
   * Variables no caller may write or delete: the case's identity; for others than an administrator (who may
   * correct an ordinary variable, and would then succeed with a storable value), any name.
   */
  static String variableName(Context c) {
    List<String> names = new ArrayList<>(List.of("caseReference", "householdId", "partnerCode", "territoryCode",
        "basinCode", "householdReference"));
    if (!c.admin()) {
      names.addAll(List.of(" ", "no-such-variable", "objectivesSocial"));
    }
    return id(c.bodies().pick(names));
  }

  static String id(String raw) {
    return URLEncoder.encode(raw, UTF_8).replace("+", "%20");
  }

  // ------------------------------------------------------------------------------------------------ sending

  Outcome send(Route route, String user, Request request) {
    HttpHeaders headers = new HttpHeaders();
    if (route.webapp()) {
      headers.addAll(webappSessions.get(user));
    } else {
      headers.setBasicAuth(user, PASSWORD);
    }
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    Body body = request.body();
    if (body != null && body.contentType() != null) {
      headers.set(HttpHeaders.CONTENT_TYPE, body.contentType());
    }
    URI uri = URI.create(http.getRootUri() + request.path());
    long started = System.nanoTime();
    try {
      ResponseEntity<String> response = http.exchange(new RequestEntity<>(body == null ? null : body.bytes(),
          headers, request.method(), uri), String.class);
      return new Outcome(route, user, request, response.getStatusCode().value(),
          response.getBody() == null ? "" : response.getBody(), (System.nanoTime() - started) / 1000);
    } catch (RuntimeException e) {
      return new Outcome(route, user, request, -1, e.toString(), (System.nanoTime() - started) / 1000);
    }
  }

  /** Camunda's error body: JSON with a type and a message. */
  static boolean clear(String response) {
    try {
      JsonNode json = EngineRestClient.json(response);
      return json.isObject() && !json.path("type").asText().isBlank() && !json.path("message").asText().isBlank();
    } catch (IllegalStateException notJson) {
      return false;
    }
  }

  static String describe(Outcome o) {
    return "%s %s as %s [%s] -> %d %s".formatted(o.request().method(), o.request().path().length() > 120
            ? o.request().path().substring(0, 120) + "…" : o.request().path(), o.user(),
        o.request().body() == null ? "no body" : o.request().body().kind(), o.status(),
        HostileEngineBodies.abbreviate(o.response().replace('\n', ' '), 300));
  }

  static void printSummary(List<Outcome> outcomes, long seconds) {
    TreeSet<Integer> statuses = new TreeSet<>();
    Map<String, Map<Integer, Integer>> table = new TreeMap<>();
    Map<Integer, Integer> histogram = new TreeMap<>();
    for (Outcome outcome : outcomes) {
      statuses.add(outcome.status());
      histogram.merge(outcome.status(), 1, Integer::sum);
      table.computeIfAbsent(outcome.route().name(), k -> new TreeMap<>())
          .merge(outcome.status(), 1, Integer::sum);
    }
    int width = table.keySet().stream().mapToInt(String::length).max().orElse(10);
    StringBuilder out = new StringBuilder("%nEngine REST bad input: %d requests in %d s, seed %d%nstatus histogram: %s%n"
        .formatted(outcomes.size(), seconds, SEED, histogram));
    out.append(String.format("%-" + width + "s", "route"));
    statuses.forEach(s -> out.append(String.format(" %5s", s)));
    out.append(String.format(" %7s%n", "ms/req"));
    Map<String, Double> meanMillis = new TreeMap<>();
    outcomes.stream().collect(Collectors.groupingBy(o -> o.route().name(),
            Collectors.averagingLong(Outcome::micros)))
        .forEach((route, micros) -> meanMillis.put(route, micros / 1000));
    table.forEach((route, counts) -> {
      out.append(String.format("%-" + width + "s", route));
      statuses.forEach(s -> out.append(String.format(" %5s", counts.getOrDefault(s, 0) == 0 ? "." : counts.get(s))));
      out.append(String.format(" %7.1f%n", meanMillis.get(route)));
    });
    out.append("one answer per status:\n");
    statuses.forEach(status -> outcomes.stream().filter(o -> o.status() == status).findFirst()
        .ifPresent(o -> out.append("  ").append(describe(o)).append('\n')));
    Map<String, Integer> errorsByKind = new TreeMap<>();
    outcomes.stream().filter(o -> o.status() >= 500 || o.status() < 0).forEach(o -> errorsByKind.merge(
        o.route().name() + " | " + (o.request().body() == null ? "no body" : o.request().body().kind()), 1,
        Integer::sum));
    if (!errorsByKind.isEmpty()) {
      out.append("5xx by route and body kind:\n");
      errorsByKind.forEach((key, count) -> out.append("  %4d  %s%n".formatted(count, key)));
    }
    System.out.println(out);
  }
}
