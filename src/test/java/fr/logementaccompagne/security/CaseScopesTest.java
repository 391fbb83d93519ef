package fr.logementaccompagne.security;

import fr.logementaccompagne.process.Groups;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Regression tests of issue 8, findings 1, 4 and 7: data belongs to cases, scopes as docs/design.md section 7 says,
 * uniform answers. Each forbidden action is checked to have changed nothing (domain rows before and after).
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseScopesTest {

  static final String PASSWORD = "demo";
  /** A coordinator of another basin than the demo cases' (METROPOLE). */
  static final String OTHER_BASIN_COORDINATOR = "coord.hainaut";

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  IdentityService identityService;

  EngineRestClient rest;
  /** VISA's open case in Lille, with an open hosting contract. */
  String visaHousehold;
  String visaCaseReference;
  /** VISA's case in Lille, contract signed, then the household left: the case is closed. */
  String leftHousehold;
  /** A tenant of Roubaix known only from a maintien alert, with a lot-1 order to SOLIHA. */
  String tenant;
  String maintienCaseReference;

  @BeforeAll
  void casesOfAPartnerAndAnAgency() {
    rest = new EngineRestClient(http, "demo", "demo");
    if (identityService.createUserQuery().userId(OTHER_BASIN_COORDINATOR).count() == 0) {
      User user = identityService.newUser(OTHER_BASIN_COORDINATOR);
      user.setFirstName("Hélène");
      user.setLastName("Coordination Hainaut");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(OTHER_BASIN_COORDINATOR, Groups.coordinator("HAINAUT_CAMBRESIS"));
    }

    visaHousehold = household();
    JsonNode visa = refer("marie.visa", "VISA", visaHousehold, 2, 14000);
    visaCaseReference = visa.get("caseReference").asText();
    enterDwelling(visa.get("processInstanceId").asText());

    leftHousehold = household();
    String left = refer("marie.visa", "VISA", leftHousehold, 2, 14000).get("processInstanceId").asText();
    enterDwelling(left);
    ResponseEntity<String> departure = rest.post("demo", "demo", "/engine-rest/message", Map.of(
        "messageName", AccessPathway.MESSAGE_HOUSEHOLD_LEFT, "processInstanceId", left,
        "processVariables", Map.of(Vars.DEPARTURE_REASON, Map.of("value", "RELOGEMENT_FAMILLE"))));
    assertThat(departure.getStatusCode().value()).as(departure.getBody()).isIn(200, 204);
    rest.runAsyncSteps(left);

    tenant = household();
    ResponseEntity<String> alert = rest.post("agence.roubaix", PASSWORD, "/api/maintien/alerts", alert(tenant,
        "ROUBAIX_TOURCOING", "ROU-BAV-07"));
    assertThat(alert.getStatusCode().value()).as(alert.getBody()).isEqualTo(201);
    maintienCaseReference = EngineRestClient.json(alert.getBody()).get("caseReference").asText();
    String maintien = EngineRestClient.json(alert.getBody()).get("processInstanceId").asText();
    rest.runAsyncSteps(maintien);
    rest.complete(maintien, MaintienPathway.Elements.OBTAIN_CONSENT, Map.of("consentDecision", "ACCEPTED"));
    JsonNode order = rest.getJson("/engine-rest/process-instance?superProcessInstance=" + maintien);
    rest.runAsyncSteps(order.get(0).get("id").asText());
    rest.runAsyncSteps(maintien);
  }

  private void enterDwelling(String instance) {
    rest.runAsyncSteps(instance);
    String dwelling = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText())
        .get(0).get("value").asText();
    rest.complete(instance, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    rest.complete(instance, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED"));
    rest.complete(instance, SIGN_CONTRACT, Map.of());
    rest.complete(instance, AGREE_OBJECTIVES, Map.of());
  }

  static String household() {
    return "SCO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private ResponseEntity<String> referral(String user, String partner, String household, int size, int resources) {
    Map<String, Object> body = new HashMap<>(Map.of("householdReference", household, "partnerCode", partner,
        "territoryCode", "LILLE", "householdSize", size, "dependants", size - 1, "annualResourcesEur", resources,
        "priorityCategories", List.of("LEAVING_SHELTER"), "consentToAccompaniment", true));
    return rest.post(user, PASSWORD, "/api/referrals", body);
  }

  private JsonNode refer(String user, String partner, String household, int size, int resources) {
    ResponseEntity<String> response = referral(user, partner, household, size, resources);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody());
  }

  private static Map<String, Object> alert(String household, String territory, String dwelling) {
    return Map.of("householdReference", household, "dwellingReference", dwelling, "territoryCode", territory,
        "arrearsAmountEur", 900, "arrearsMonths", 2, "troubleKinds", List.of("ARREARS"));
  }

  private int status(ResponseEntity<String> response) {
    return response.getStatusCode().value();
  }

  private int get(String user, String path) {
    return status(rest.get(user, PASSWORD, path));
  }

  /** Every domain row about the household, its cases, contracts, measures, orders and alerts, as text. */
  private List<String> snapshot(String household) {
    return jdbc.sql("""
            SELECT 'household ' || h.id || ' ' || COALESCE(CAST(h.household_size AS VARCHAR), '-') || ' '
                   || h.dependants || ' ' || COALESCE(CAST(h.annual_resources_eur AS VARCHAR), '-') || ' '
                   || COALESCE(h.territory_code, '-') || ' ' || COALESCE(h.referring_partner_code, '-') || ' '
                   || h.needs_motor_adapted FROM household h WHERE h.reference = :h
            UNION ALL SELECT 'category ' || c.category_code FROM household_priority_category c
              JOIN household h ON h.id = c.household_id WHERE h.reference = :h
            UNION ALL SELECT 'need ' || n.need_code FROM household_need n
              JOIN household h ON h.id = n.household_id WHERE h.reference = :h
            UNION ALL SELECT 'case ' || c.case_reference || ' ' || COALESCE(c.partner_code, '-') || ' '
                   || COALESCE(c.territory_code, '-') || ' ' || COALESCE(c.outcome, 'open')
              FROM pathway_case c JOIN household h ON h.id = c.household_id WHERE h.reference = :h
            UNION ALL SELECT 'contract ' || o.id || ' ' || o.status || ' ' || COALESCE(CAST(o.end_date AS VARCHAR), '-')
              FROM occupancy_contract o JOIN household h ON h.id = o.household_id WHERE h.reference = :h
            UNION ALL SELECT 'measure ' || m.id || ' ' || m.kind || ' ' || m.provider || ' '
                   || COALESCE(CAST(m.end_date AS VARCHAR), '-')
              FROM accompaniment_measure m JOIN household h ON h.id = m.household_id WHERE h.reference = :h
            UNION ALL SELECT 'order ' || o.order_number || ' ' || o.status FROM purchase_order o
              JOIN pathway_case c ON c.case_reference = o.case_reference
              JOIN household h ON h.id = c.household_id WHERE h.reference = :h
            ORDER BY 1""").param("h", household).query(String.class).list();
  }

  private JsonNode readList(String user, String path) {
    ResponseEntity<String> response = rest.get(user, PASSWORD, path);
    assertThat(response.getStatusCode().value()).as("%s %s: %s", user, path, response.getBody()).isEqualTo(200);
    JsonNode list = EngineRestClient.json(response.getBody());
    assertThat(list.isArray()).isTrue();
    return list;
  }

  private int casesCount() {
    return jdbc.sql("SELECT COUNT(*) FROM pathway_case").query(Integer.class).single();
  }

  /** Finding 1: a re-referral by another partner neither rewrites the household nor opens its earlier cases. */
  @Test
  void finding1_aReReferralNeitherOverwritesTheHouseholdNorWidensTheView() {
    List<String> leftBefore = snapshot(leftHousehold);
    assertThat(EngineRestClient.json(rest.get("marie.visa", PASSWORD, "/api/households/" + leftHousehold
        + "/contracts").getBody())).hasSize(1);

    // another partner refers the household of VISA's closed case, with other figures: accepted, a case of its own
    JsonNode armee = refer("karim.armee", "ARMEE_DU_SALUT", leftHousehold, 5, 21000);
    String armeeCase = armee.get("caseReference").asText();
    List<String> leftAfter = snapshot(leftHousehold);
    assertThat(leftAfter).filteredOn(row -> !row.startsWith("case ")).containsExactlyElementsOf(
        leftBefore.stream().filter(row -> !row.startsWith("case ")).toList());
    assertThat(leftAfter).filteredOn(row -> row.startsWith("case ")).hasSize(2)
        .anySatisfy(row -> assertThat(row).startsWith("case " + armeeCase + " ARMEE_DU_SALUT LILLE open"));
    // the case keeps who referred what
    assertThat(jdbc.sql("SELECT partner_code || ' ' || household_size || ' ' || referred_by FROM case_referral"
        + " WHERE case_reference = :c").param("c", armeeCase).query(String.class).single())
        .isEqualTo("ARMEE_DU_SALUT 5 karim.armee");

    // the new partner sees only what belongs to its own case; VISA still sees its own
    JsonNode armeeContracts = readList("karim.armee", "/api/households/" + leftHousehold + "/contracts");
    assertThat(armeeContracts).isEmpty();
    JsonNode armeeMeasures = readList("karim.armee", "/api/households/" + leftHousehold + "/measures");
    assertThat(armeeMeasures.findValuesAsText("provider")).doesNotContain("VISA");
    assertThat(readList("marie.visa", "/api/households/" + leftHousehold + "/measures")
        .findValuesAsText("provider")).containsExactly("VISA");
    assertThat(EngineRestClient.json(rest.get("marie.visa", PASSWORD, "/api/households/" + leftHousehold
        + "/contracts").getBody())).hasSize(1);
    assertThat(EngineRestClient.json(rest.get("marie.visa", PASSWORD, "/api/households/" + leftHousehold
        + "/contracts").getBody()).get(0).get("partnerCode").asText()).isEqualTo("VISA");

    // a household known only from a maintien alert: the referral neither rewrites it nor shows the maintien case
    List<String> tenantBefore = snapshot(tenant);
    String armeeOnTenant = refer("karim.armee", "ARMEE_DU_SALUT", tenant, 3, 12000).get("processInstanceId")
        .asText();
    assertThat(snapshot(tenant)).filteredOn(row -> !row.startsWith("case ")).containsExactlyElementsOf(
        tenantBefore.stream().filter(row -> !row.startsWith("case ")).toList());
    // the overlap check sees the maintien case (it runs as the system); its summary, which the partner can read,
    // does not tell what accompanies the household nor who
    rest.runAsyncSteps(armeeOnTenant);
    ResponseEntity<String> summary = rest.get("karim.armee", PASSWORD, "/engine-rest/process-instance/"
        + armeeOnTenant + "/variables/overlapSummary");
    assertThat(status(summary)).as(summary.getBody()).isEqualTo(200);
    assertThat(EngineRestClient.json(summary.getBody()).get("value").asText()).contains("autre dossier")
        .doesNotContain("MAINTIEN", "SOLIHA", "ROUBAIX", maintienCaseReference);
    JsonNode tenantMeasures = readList("karim.armee", "/api/households/" + tenant + "/measures");
    assertThat(tenantMeasures.findValuesAsText("kind")).noneMatch(kind -> kind.startsWith("MAINTIEN_"));
    assertThat(readList("agence.roubaix", "/api/households/" + tenant + "/measures").findValuesAsText("kind"))
        .contains("MAINTIEN_DIAGNOSTIC");
    assertThat(get("karim.armee", "/api/maintien/cases/" + maintienCaseReference + "/orders")).isEqualTo(404);

    // no measure declared by a partner that does not accompany the household (VISA's case is closed)
    List<String> beforeDeclaration = snapshot(leftHousehold);
    assertThat(status(rest.post("marie.visa", PASSWORD, "/api/households/" + leftHousehold + "/measures",
        Map.of("kind", "AVDL", "provider", "X", "startDate", "2026-01-01")))).isIn(403, 404);
    assertThat(snapshot(leftHousehold)).containsExactlyElementsOf(beforeDeclaration);
  }

  /** Finding 4: agencies their territory, coordinators their basin, providers the cases of their orders. */
  @Test
  void finding4_agenciesCoordinatorsAndProvidersStayWithinTheirScope() {
    List<String> visaBefore = snapshot(visaHousehold);
    List<String> tenantBefore = snapshot(tenant);
    int cases = casesCount();

    // allowed
    assertThat(get("agence.lille", "/api/households/" + visaHousehold + "/contracts")).isEqualTo(200);
    assertThat(get("agence.roubaix", "/api/maintien/cases/" + maintienCaseReference + "/orders")).isEqualTo(200);
    assertThat(get("presta.soliha", "/api/maintien/cases/" + maintienCaseReference + "/orders")).isEqualTo(200);
    assertThat(get("coord.metropole", "/api/households/" + tenant + "/needs")).isEqualTo(200);
    assertThat(get("responsable", "/api/households/" + visaHousehold + "/measures")).isEqualTo(200);

    // another territory, another basin, no order
    assertThat(get("agence.roubaix", "/api/households/" + visaHousehold + "/contracts")).isEqualTo(404);
    assertThat(get("agence.roubaix", "/api/households/" + visaHousehold + "/measures")).isEqualTo(404);
    // the Roubaix tenant: Lille sees it only through a Lille case (finding 1's referral, if it ran first), and
    // then without the Roubaix maintien case's measures
    ResponseEntity<String> lilleOnTenant = rest.get("agence.lille", PASSWORD, "/api/households/" + tenant
        + "/measures");
    if (status(lilleOnTenant) == 200) {
      assertThat(EngineRestClient.json(lilleOnTenant.getBody()).findValuesAsText("kind"))
          .noneMatch(kind -> kind.startsWith("MAINTIEN_"));
    } else {
      assertThat(status(lilleOnTenant)).isEqualTo(404);
    }
    assertThat(get("agence.lille", "/api/maintien/cases/" + maintienCaseReference + "/orders")).isEqualTo(404);
    assertThat(get(OTHER_BASIN_COORDINATOR, "/api/households/" + tenant + "/needs")).isEqualTo(404);
    assertThat(get(OTHER_BASIN_COORDINATOR, "/api/maintien/cases/" + maintienCaseReference + "/orders"))
        .isEqualTo(404);
    assertThat(get("presta.soliha", "/api/households/" + visaHousehold + "/contracts")).isEqualTo(404);
    assertThat(get("unite.prioritaire", "/api/maintien/cases/" + maintienCaseReference + "/orders")).isEqualTo(404);
    // 403 once finding 1's access case makes the household known to the unit; never its need codes
    assertThat(get("unite.prioritaire", "/api/households/" + tenant + "/needs")).isIn(403, 404);

    // acting outside the territory changes nothing
    assertThat(status(rest.post("agence.roubaix", PASSWORD, "/api/households/" + visaHousehold + "/measures",
        Map.of("kind", "AVDL", "provider", "X", "startDate", "2026-01-01")))).isEqualTo(404);
    assertThat(status(rest.post("agence.roubaix", PASSWORD, "/api/maintien/alerts",
        alert(visaHousehold, "ROUBAIX_TOURCOING", "ROU-BAV-07")))).isEqualTo(403);
    Map<String, Object> referralElsewhere = new HashMap<>(Map.of("householdReference", household(),
        "partnerCode", "VISA", "territoryCode", "LILLE", "householdSize", 1, "dependants", 0,
        "annualResourcesEur", 9000, "priorityCategories", List.of("LEAVING_SHELTER"), "consentToAccompaniment", true));
    assertThat(status(rest.post("agence.roubaix", PASSWORD, "/api/referrals", referralElsewhere))).isEqualTo(403);
    assertThat(status(rest.post("responsable", PASSWORD, "/api/households/" + visaHousehold + "/measures",
        Map.of("kind", "AVDL", "provider", "X", "startDate", "2026-01-01")))).isEqualTo(403);
    assertThat(snapshot(visaHousehold)).containsExactlyElementsOf(visaBefore);
    assertThat(snapshot(tenant)).filteredOn(row -> !row.startsWith("case ACC-")).containsExactlyElementsOf(
        tenantBefore.stream().filter(row -> !row.startsWith("case ACC-")).toList());
    assertThat(casesCount()).isEqualTo(cases);
  }

  /** Finding 7: not found and not yours look the same, before the body is read; no other party's case named. */
  @Test
  void finding7_answersRevealNeitherExistenceNorOtherCasesNorProgrammeFigures() {
    ResponseEntity<String> notYours = rest.get("paul.apf", PASSWORD, "/api/households/" + visaHousehold
        + "/contracts");
    ResponseEntity<String> unknown = rest.get("paul.apf", PASSWORD, "/api/households/SCO-UNKNOWN-1/contracts");
    assertThat(status(notYours)).isEqualTo(404);
    assertThat(status(unknown)).isEqualTo(404);
    assertThat(withoutInstance(notYours)).isEqualTo(withoutInstance(unknown));

    List<String> visaBefore = snapshot(visaHousehold);
    Map<String, Object> badBody = Map.of("kind", 12, "unexpected", true);
    ResponseEntity<String> badOnOthers = rest.post("paul.apf", PASSWORD, "/api/households/" + visaHousehold
        + "/measures", badBody);
    ResponseEntity<String> badOnUnknown = rest.post("paul.apf", PASSWORD, "/api/households/SCO-UNKNOWN-1/measures",
        badBody);
    assertThat(status(badOnOthers)).isEqualTo(404);
    assertThat(withoutInstance(badOnOthers)).isEqualTo(withoutInstance(badOnUnknown));
    assertThat(snapshot(visaHousehold)).containsExactlyElementsOf(visaBefore);

    // the 409 does not name another partner's case; it does name the caller's own
    ResponseEntity<String> duplicate = referral("karim.armee", "ARMEE_DU_SALUT", visaHousehold, 2, 14000);
    assertThat(status(duplicate)).isEqualTo(409);
    assertThat(duplicate.getBody()).doesNotContain(visaCaseReference);
    ResponseEntity<String> ownDuplicate = referral("marie.visa", "VISA", visaHousehold, 2, 14000);
    assertThat(status(ownDuplicate)).isEqualTo(409);
    assertThat(ownDuplicate.getBody()).contains(visaCaseReference);
    assertThat(snapshot(visaHousehold)).containsExactlyElementsOf(visaBefore);

    // programme-wide figures: managers and administrators only
    String definition = rest.getJson("/engine-rest/process-definition/key/access-pathway").get("id").asText();
    List<String> figures = List.of("/engine-rest/process-definition/statistics",
        "/engine-rest/process-definition/statistics?incidents=true",
        "/engine-rest/process-definition/" + definition + "/statistics",
        "/engine-rest/process-definition/key/access-pathway/statistics",
        "/engine-rest/metrics/activity-instance-start/sum",
        "/engine-rest/metrics?name=activity-instance-start",
        "/engine-rest/history/process-definition/" + definition + "/statistics",
        "/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month",
        "/engine-rest/task/report/candidate-group-count");
    for (String path : figures) {
      assertThat(get("marie.visa", path)).as(path).isIn(403, 404);
      assertThat(get("agence.lille", path)).as(path).isIn(403, 404);
      assertThat(get("presta.soliha", path)).as(path).isIn(403, 404);
    }
    assertThat(get("responsable", "/engine-rest/process-definition/statistics")).isEqualTo(200);
    assertThat(get("demo", "/engine-rest/metrics/activity-instance-start/sum")).isEqualTo(200);

    // the same figures through the webapps' engine API, with a Tasklist session
    String webappFigures = "/camunda/api/engine/engine/default/process-definition/statistics";
    assertThat(webappGet(webappSession("marie.visa", "tasklist"), webappFigures)).isEqualTo(403);
    assertThat(webappGet(webappSession("marie.visa", "tasklist"), "/camunda/api/engine/engine/default/metrics"
        + "/activity-instance-start/sum")).isEqualTo(403);
    assertThat(webappGet(webappSession("responsable", "cockpit"), webappFigures)).isEqualTo(200);
  }

  /** Logs in to a webapp with its login form and CSRF token, as a browser does; returns the session cookie. */
  private String webappSession(String user, String app) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    String csrf = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    String token = csrf.substring("XSRF-TOKEN=".length(), csrf.indexOf(';'));
    String session = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
        .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElse("");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token + (session.isEmpty() ? "" : "; " + session));
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", PASSWORD);
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    return login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst().orElse(session);
  }

  private int webappGet(String sessionCookie, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, sessionCookie);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
  }

  private static JsonNode withoutInstance(ResponseEntity<String> response) {
    ObjectNode body = (ObjectNode) EngineRestClient.json(response.getBody());
    body.remove("instance");
    return body;
  }
}
