package fr.logementaccompagne.security;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PERIODIC_REVIEW;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REVIEW_DUE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.engine.security.RoleAuthorizations;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * docs/design.md section 7 over HTTP, with the demo users of two partners, an agency, a provider, a manager and an
 * analyst: each allowed action works; each forbidden one is refused or returns nothing, on /engine-rest, /api
 * and the webapps' own login.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoSeesWhatTest {

  static final String PASSWORD = "demo";

  @Autowired
  TestRestTemplate http;

  EngineRestClient rest;
  String visaCase;
  String visaHousehold;
  String apfCase;
  String apfHousehold;
  String maintienCase;

  @BeforeAll
  void casesOfTwoPartnersAndAMaintienCase() {
    rest = new EngineRestClient(http, "demo", "demo");
    visaHousehold = household();
    visaCase = refer("marie.visa", "VISA", visaHousehold);
    rest.runAsyncSteps(visaCase);
    String dwelling = EngineRestClient.json(rest.variable(visaCase, Vars.DWELLING_OPTIONS).get("value").asText())
        .get(0).get("value").asText();
    rest.complete(visaCase, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    rest.complete(visaCase, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED"));
    rest.complete(visaCase, SIGN_CONTRACT, Map.of());
    rest.complete(visaCase, AGREE_OBJECTIVES, Map.of());
    rest.fireTimer(visaCase, REVIEW_DUE);

    apfHousehold = household();
    apfCase = refer("paul.apf", "APF", apfHousehold);
    rest.runAsyncSteps(apfCase);

    Map<String, Object> alert = Map.of("householdReference", household(), "dwellingReference", "ROU-BAV-07",
        "territoryCode", "ROUBAIX_TOURCOING", "arrearsAmountEur", 900, "arrearsMonths", 2,
        "troubleKinds", List.of("ARREARS"));
    maintienCase = EngineRestClient.json(rest.post("agence.roubaix", PASSWORD, "/api/maintien/alerts", alert)
        .getBody()).get("processInstanceId").asText();
    rest.runAsyncSteps(maintienCase);
    rest.complete(maintienCase, MaintienPathway.Elements.OBTAIN_CONSENT, Map.of("consentDecision", "ACCEPTED"));
    JsonNode order = rest.getJson("/engine-rest/process-instance?superProcessInstance=" + maintienCase);
    rest.runAsyncSteps(order.get(0).get("id").asText());
    rest.runAsyncSteps(maintienCase);
  }

  static String household() {
    return "WSW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private String refer(String user, String partner, String household) {
    Map<String, Object> body = new HashMap<>(Map.of("householdReference", household, "partnerCode", partner,
        "territoryCode", "LILLE", "householdSize", 2, "dependants", 1, "annualResourcesEur", 14000,
        "priorityCategories", List.of("LEAVING_SHELTER"), "consentToAccompaniment", true));
    ResponseEntity<String> response = rest.post(user, PASSWORD, "/api/referrals", body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
  }

  private List<String> visibleInstancesOfTasks(String user) {
    List<String> instances = new ArrayList<>();
    EngineRestClient.json(rest.get(user, PASSWORD, "/engine-rest/task?maxResults=500").getBody())
        .forEach(task -> instances.add(task.get("processInstanceId").asText()));
    return instances;
  }

  private int status(ResponseEntity<String> response) {
    return response.getStatusCode().value();
  }

  private String taskOf(String instance, String key) {
    return rest.task(instance, key).get("id").asText();
  }

  @Test
  void eachCaseworkerListsTheTasksOfTheirOwnCasesOnly() {
    assertThat(visibleInstancesOfTasks("marie.visa")).contains(visaCase).doesNotContain(apfCase, maintienCase);
    assertThat(visibleInstancesOfTasks("paul.apf")).doesNotContain(visaCase, apfCase, maintienCase);
    assertThat(visibleInstancesOfTasks("agence.lille")).contains(apfCase).doesNotContain(visaCase, maintienCase);
    // other classes' cases share the database (ADR 19): the provider's own case, none of this class's others
    assertThat(visibleInstancesOfTasks("presta.soliha")).contains(maintienCase).doesNotContain(visaCase, apfCase);
    assertThat(visibleInstancesOfTasks("analyste")).isEmpty();
    assertThat(visibleInstancesOfTasks("responsable")).contains(visaCase, apfCase, maintienCase);
  }

  /** Counts and Tasklist's filter go through the same task lists (ADR 26), a claimed task stays in its group's. */
  @Test
  void countsFiltersAndClaimedTasksFollowTheSameRules() {
    for (String user : List.of("marie.visa", "paul.apf", "agence.lille", "presta.soliha", "analyste", "responsable")) {
      // no page limit: the application may be shared with other test classes, each adding tasks
      assertThat(Integer.parseInt(EngineRestClient.json(rest.get(user, PASSWORD, "/engine-rest/task/count")
          .getBody()).get("count").asText())).as(user).isEqualTo(EngineRestClient.json(
              rest.get(user, PASSWORD, "/engine-rest/task?maxResults=1000000").getBody()).size());
    }
    String filterId = rest.getJson("/engine-rest/filter?name=" + RoleAuthorizations.CASEWORKER_FILTER)
        .get(0).get("id").asText();
    List<String> filtered = new ArrayList<>();
    EngineRestClient.json(rest.get("marie.visa", PASSWORD, "/engine-rest/filter/" + filterId + "/list?maxResults=500")
        .getBody()).forEach(task -> filtered.add(task.get("processInstanceId").asText()));
    assertThat(filtered).contains(visaCase).doesNotContain(apfCase, maintienCase);

    String review = taskOf(visaCase, PERIODIC_REVIEW);
    assertThat(status(rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + review + "/claim",
        Map.of("userId", "marie.visa")))).isEqualTo(204);
    try {
      assertThat(visibleInstancesOfTasks("marie.visa")).contains(visaCase);
      assertThat(visibleInstancesOfTasks("paul.apf")).doesNotContain(visaCase);
      assertThat(status(rest.get("paul.apf", PASSWORD, "/engine-rest/task/" + review))).isIn(403, 404);
    } finally {
      rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + review + "/unclaim", Map.of());
    }
  }

  @Test
  void anotherPartnersTaskCanNeitherBeReadNorCompleted() {
    String review = taskOf(visaCase, PERIODIC_REVIEW);
    assertThat(status(rest.get("paul.apf", PASSWORD, "/engine-rest/task/" + review))).isIn(403, 404);
    assertThat(status(rest.get("paul.apf", PASSWORD, "/engine-rest/task/" + review + "/variables"))).isIn(403, 404);
    assertThat(status(rest.post("paul.apf", PASSWORD, "/engine-rest/task/" + review + "/complete",
        Map.of("variables", Map.of("reviewDecision", Map.of("value", "END")))))).isIn(403, 404);
    assertThat(status(rest.post("responsable", PASSWORD, "/engine-rest/task/" + review + "/complete",
        Map.of("variables", Map.of("reviewDecision", Map.of("value", "END")))))).isIn(403, 404);
    assertThat(rest.activeTaskKeys(visaCase)).containsExactly(PERIODIC_REVIEW);
    assertThat(status(rest.get("marie.visa", PASSWORD, "/engine-rest/task/" + review + "/variables"))).isEqualTo(200);
  }

  @Test
  void caseVariablesAndHistoryAreReadByTheCasesGroupsOnly() {
    assertThat(status(rest.get("marie.visa", PASSWORD, "/engine-rest/process-instance/" + visaCase + "/variables")))
        .isEqualTo(200);
    assertThat(status(rest.get("paul.apf", PASSWORD, "/engine-rest/process-instance/" + visaCase + "/variables")))
        .isIn(403, 404);
    assertThat(status(rest.get("presta.soliha", PASSWORD, "/engine-rest/process-instance/" + visaCase
        + "/variables"))).isIn(403, 404);
    assertThat(status(rest.get("presta.soliha", PASSWORD, "/engine-rest/process-instance/" + maintienCase
        + "/variables"))).isEqualTo(200);

    assertThat(history("marie.visa", visaCase)).isEqualTo(1);
    assertThat(history("agence.lille", visaCase)).isEqualTo(1);
    assertThat(history("paul.apf", visaCase)).isZero();
    assertThat(history("presta.soliha", visaCase)).isZero();
    assertThat(history("analyste", visaCase)).isZero();
    assertThat(history("responsable", visaCase)).isEqualTo(1);
    assertThat(EngineRestClient.json(rest.get("paul.apf", PASSWORD, "/engine-rest/history/task?processInstanceId="
        + visaCase).getBody())).isEmpty();
    assertThat(EngineRestClient.json(rest.get("paul.apf", PASSWORD,
        "/engine-rest/history/variable-instance?processInstanceId=" + visaCase).getBody())).isEmpty();
  }

  private int history(String user, String instance) {
    return EngineRestClient.json(rest.get(user, PASSWORD, "/engine-rest/history/process-instance?processInstanceId="
        + instance).getBody()).size();
  }

  @Test
  void theProjectApiAppliesTheSameRules() {
    assertThat(status(rest.get("marie.visa", PASSWORD, "/api/households/" + visaHousehold + "/contracts")))
        .isEqualTo(200);
    // out of scope looks like unknown (issue 8): 404, not 403
    assertThat(status(rest.get("paul.apf", PASSWORD, "/api/households/" + visaHousehold + "/contracts")))
        .isEqualTo(404);
    assertThat(status(rest.get("marie.visa", PASSWORD, "/api/households/" + apfHousehold + "/measures")))
        .isEqualTo(404);
    assertThat(status(rest.get("presta.soliha", PASSWORD, "/api/households/" + visaHousehold + "/contracts")))
        .isEqualTo(404);
    assertThat(status(rest.post("paul.apf", PASSWORD, "/api/households/" + visaHousehold + "/measures",
        Map.of("kind", "AVDL", "provider", "X", "startDate", "2026-01-01")))).isEqualTo(404);
    assertThat(status(rest.get("responsable", PASSWORD, "/api/households/" + apfHousehold + "/contracts")))
        .isEqualTo(200);
    assertThat(status(rest.get("marie.visa", PASSWORD, "/api/maintien/budget/2026"))).isEqualTo(403);
    assertThat(status(rest.get("marie.visa", PASSWORD, "/api/quotas"))).isEqualTo(403);
    assertThat(status(rest.get("agence.lille", PASSWORD, "/api/quotas"))).isEqualTo(200);
  }

  @Test
  void managersReadEverythingButDeleteAndChangeNothing() {
    assertThat(status(rest.get("responsable", PASSWORD, "/engine-rest/process-instance/" + visaCase + "/variables")))
        .isEqualTo(200);
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("responsable", PASSWORD);
    assertThat(http.exchange("/engine-rest/process-instance/" + visaCase, HttpMethod.DELETE,
        new HttpEntity<>(headers), String.class).getStatusCode().value()).isEqualTo(403);
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.exchange("/engine-rest/process-instance/" + visaCase + "/variables/occupancyStatus",
        HttpMethod.PUT, new HttpEntity<>(Map.of("value", "DIRECT_LEASE"), headers), String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(rest.getJson("/engine-rest/process-instance/" + visaCase).get("ended").asBoolean()).isFalse();
  }

  @Test
  void analystsDeployAndOthersDoNot() {
    assertThat(status(deploy("analyste"))).isEqualTo(200);
    assertThat(status(deploy("responsable"))).isEqualTo(403);
    assertThat(status(deploy("marie.visa"))).isEqualTo(403);
  }

  @Test
  void onlyAdministratorsAdministerUsers() {
    Map<String, Object> user = Map.of("profile", Map.of("id", "intrus", "firstName", "I", "lastName", "N"),
        "credentials", Map.of("password", "Motdepasse-123!"));
    assertThat(status(rest.post("responsable", PASSWORD, "/engine-rest/user/create", user))).isEqualTo(403);
    assertThat(status(rest.post("analyste", PASSWORD, "/engine-rest/user/create", user))).isEqualTo(403);
  }

  @Test
  void partnersAndProvidersCannotOpenCockpitOrAdmin() {
    // the login form answers 403 for an application the user may not open (200 proves the CSRF handshake works)
    assertThat(webappLogin("marie.visa", "tasklist")).isEqualTo(200);
    assertThat(webappLogin("marie.visa", "cockpit")).isEqualTo(403);
    assertThat(webappLogin("presta.soliha", "cockpit")).isEqualTo(403);
    assertThat(webappLogin("marie.visa", "admin")).isEqualTo(403);
    assertThat(webappLogin("responsable", "cockpit")).isEqualTo(200);
    assertThat(webappLogin("responsable", "admin")).isEqualTo(403);
    assertThat(webappLogin("analyste", "cockpit")).isEqualTo(200);
  }

  private ResponseEntity<String> deploy(String user) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_AnalystTest" targetNamespace="t">
          <bpmn:process id="analyst-test-%s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Test" />
          </bpmn:process>
        </bpmn:definitions>""".formatted(user.replace('.', '-'));
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "analyst-test");
    body.add("data", new ByteArrayResource(bpmn.getBytes()) {
      @Override
      public String getFilename() {
        return "analyst-test.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  /** The webapps' own login form, with its CSRF token, as a browser sends it. */
  private int webappLogin(String user, String app) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/", String.class);
    String csrfCookie = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    String token = csrfCookie.substring("XSRF-TOKEN=".length(), csrfCookie.indexOf(';'));
    String session = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst().orElse("");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token + (session.isEmpty() ? "" : "; " + session));
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", PASSWORD);
    return http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(form, headers),
        String.class).getStatusCode().value();
  }
}
