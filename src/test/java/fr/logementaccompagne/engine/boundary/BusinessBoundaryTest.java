package fr.logementaccompagne.engine.boundary;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.COMPLETE_REFERRAL;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REVIEW_INELIGIBILITY;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.support.CaseSnapshot;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.WebappSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * Issue 8, findings 2, 3 and 5: what the engine's generic routes let a person write goes through the same business
 * boundary as {@code /api}. Each refusal is checked to change nothing: the case's variables, the domain rows and
 * the engine's instances and jobs are compared before and after.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusinessBoundaryTest {

  static final String PASSWORD = "demo";

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcClient jdbc;

  EngineRestClient rest;
  WebappSession tasklist;
  String visaCase;
  String apfHousehold;
  String complementCase;

  @BeforeAll
  void casesOfTwoPartners() {
    rest = new EngineRestClient(http, "demo", "demo");
    tasklist = new WebappSession(http, "tasklist");
    visaCase = refer("marie.visa", "VISA", household(), 14000);
    rest.runAsyncSteps(visaCase);
    String dwelling = EngineRestClient.json(rest.variable(visaCase, Vars.DWELLING_OPTIONS).get("value").asText())
        .get(0).get("value").asText();
    rest.complete(visaCase, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    rest.complete(visaCase, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED"));
    rest.complete(visaCase, SIGN_CONTRACT, Map.of());

    apfHousehold = household();
    rest.runAsyncSteps(refer("paul.apf", "APF", apfHousehold, 14000));

    // resources far above every ceiling: the unit asks the partner to complete the referral
    complementCase = refer("marie.visa", "VISA", household(), 900000);
    rest.runAsyncSteps(complementCase);
    rest.complete(complementCase, REVIEW_INELIGIBILITY, Map.of(Vars.ELIGIBILITY_REVIEW_DECISION,
        "REQUEST_COMPLEMENT", "complementRequest", "Avis d'imposition manquant"));
  }

  static String household() {
    return "BND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private String refer(String user, String partner, String household, int resources) {
    ResponseEntity<String> response = rest.post(user, PASSWORD, "/api/referrals", referral(partner, household,
        resources));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
  }

  static Map<String, Object> referral(String partner, String household, int resources) {
    return new HashMap<>(Map.of("householdReference", household, "partnerCode", partner,
        "territoryCode", "LILLE", "householdSize", 2, "dependants", 1, "annualResourcesEur", resources,
        "priorityCategories", List.of("LEAVING_SHELTER"), "consentToAccompaniment", true));
  }

  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> variable = new HashMap<>();
      variable.put("value", value);
      variables.put(name, variable);
    });
    return variables;
  }

  private String taskOf(String instance, String key) {
    return rest.task(instance, key).get("id").asText();
  }

  private Map<String, Object> snapshot(String instance) {
    return CaseSnapshot.of(rest, jdbc, instance);
  }

  private int status(ResponseEntity<String> response) {
    return response.getStatusCode().value();
  }

  // finding 2: identity rewritten through an ordinary task

  @Test
  void aPartnerCannotRewriteAnotherHouseholdThroughItsOwnTask() {
    String task = taskOf(complementCase, COMPLETE_REFERRAL);
    var before = snapshot(complementCase);
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + task + "/complete",
        Map.of("variables", typed(Map.of("householdReference", apfHousehold, "householdId", apfHousehold,
            "householdSize", 5, "annualResourcesEur", 10000, "consentToAccompaniment", true))));
    assertThat(status(response)).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("householdId").contains("householdReference");
    assertThat(snapshot(complementCase)).isEqualTo(before);
  }

  @Test
  void aCompletionCarriesTheFieldsOfTheTasksFormOnly() {
    String task = taskOf(visaCase, AGREE_OBJECTIVES);
    var before = snapshot(visaCase);
    Map<String, Map<String, Object>> hostile = new LinkedHashMap<>();
    hostile.put("empty name", Map.of("", Map.of("value", "x")));
    hostile.put("identity as an object", Map.of("territoryCode", Map.of("value", Map.of("a", 1))));
    hostile.put("identity set to null", typed(Map.of("caseReference", "")));
    hostile.put("another task's decision", typed(Map.of("commissionDecision", "INADMISSIBLE")));
    hostile.put("an unknown variable", typed(Map.of("quotaWarning", "", "objectivesSocial", "ok")));
    hostile.put("a number in a text field", typed(Map.of("objectivesSocial", 12)));
    Map<String, Object> nullCaseReference = new HashMap<>();
    nullCaseReference.put("caseReference", null);
    hostile.put("a null case reference", typed(nullCaseReference));
    hostile.forEach((what, variables) -> {
      ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + task
          + "/complete", Map.of("variables", variables));
      assertThat(status(response)).as("%s: %s", what, response.getBody()).isEqualTo(400);
    });
    assertThat(snapshot(visaCase)).isEqualTo(before);
  }

  @Test
  void fieldsTheFormOnlyShowsAreAcceptedBackUnchangedAndNotWritten() {
    String instance = refer("marie.visa", "VISA", household(), 900000);
    rest.runAsyncSteps(instance);
    rest.complete(instance, REVIEW_INELIGIBILITY, Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, "REQUEST_COMPLEMENT",
        "complementRequest", "Justificatif"));
    String caseReference = rest.variable(instance, Vars.CASE_REFERENCE).get("value").asText();
    String task = taskOf(instance, COMPLETE_REFERRAL);

    ResponseEntity<String> changed = rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + task + "/complete",
        Map.of("variables", typed(Map.of("caseReference", "ACC-2026-999999", "householdSize", 2,
            "annualResourcesEur", 12000, "consentToAccompaniment", true))));
    assertThat(status(changed)).as(changed.getBody()).isEqualTo(400);

    ResponseEntity<String> unchanged = rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + task
        + "/complete", Map.of("variables", typed(Map.of("caseReference", caseReference, "householdSize", 2,
            "annualResourcesEur", 12000, "consentToAccompaniment", true, "complementComment", "Avis joint"))));
    assertThat(status(unchanged)).as(unchanged.getBody()).isEqualTo(204);
    assertThat(rest.variable(instance, Vars.CASE_REFERENCE).get("value").asText()).isEqualTo(caseReference);
  }

  @Test
  void aCandidateWritesVariablesOnlyByCompletingItsTask() {
    String task = taskOf(visaCase, AGREE_OBJECTIVES);
    var before = snapshot(visaCase);
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("marie.visa", PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.exchange("/engine-rest/task/" + task + "/variables/partnerCode", HttpMethod.PUT,
        new HttpEntity<>(Map.of("value", "APF"), headers), String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(status(rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + task + "/variables",
        Map.of("modifications", typed(Map.of("objectivesSocial", "x")))))).isEqualTo(403);
    assertThat(status(rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + task + "/identity-links",
        Map.of("groupId", "partner-APF", "type", "candidate")))).isEqualTo(403);
    assertThat(snapshot(visaCase)).isEqualTo(before);
  }

  @Test
  void anAdministratorCorrectsAVariableButNeverTheCasesIdentity() {
    var before = snapshot(visaCase);
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo", "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    for (String identity : List.of("partnerCode", "householdId", "territoryCode", "caseReference")) {
      assertThat(http.exchange("/engine-rest/process-instance/" + visaCase + "/variables/" + identity,
          HttpMethod.PUT, new HttpEntity<>(Map.of("value", "APF"), headers), String.class).getStatusCode().value())
          .as(identity).isEqualTo(400);
    }
    assertThat(status(rest.post("demo", "demo", "/engine-rest/process-instance/" + visaCase + "/variables",
        Map.of("deletions", List.of("basinCode"))))).isEqualTo(400);
    ResponseEntity<String> message = rest.post("demo", "demo", "/engine-rest/message", Map.of(
        "messageName", AccessPathway.MESSAGE_HOUSEHOLD_LEFT, "processInstanceId", visaCase,
        "processVariables", typed(Map.of("partnerCode", "APF"))));
    assertThat(status(message)).as(message.getBody()).isEqualTo(400);
    ResponseEntity<String> modification = rest.post("demo", "demo", "/engine-rest/process-instance/" + visaCase
        + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
        "activityId", AGREE_OBJECTIVES, "variables", Map.of("householdId",
            Map.of("value", apfHousehold, "local", false))))));
    assertThat(status(modification)).as(modification.getBody()).isEqualTo(400);
    assertThat(snapshot(visaCase)).isEqualTo(before);
  }

  @Test
  void tasklistsRouteAppliesTheSameRules() {
    String task = taskOf(complementCase, COMPLETE_REFERRAL);
    var before = snapshot(complementCase);
    ResponseEntity<String> response = tasklist.post("marie.visa", PASSWORD,
        "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        Map.of("variables", typed(Map.of("householdId", apfHousehold, "householdSize", 5,
            "annualResourcesEur", 10000, "consentToAccompaniment", true))));
    assertThat(status(response)).as(response.getBody()).isEqualTo(400);
    assertThat(snapshot(complementCase)).isEqualTo(before);
  }

  // finding 3: one door per action

  @Test
  void aPartnerCannotOpenACaseForAnotherPartnerOnAnyRoute() {
    var before = snapshot(visaCase);
    String household = household();
    Map<String, Object> start = Map.of("variables", typed(referral("APF", household, 14000)));
    ResponseEntity<String> byStart = rest.post("marie.visa", PASSWORD,
        "/engine-rest/process-definition/key/" + AccessPathway.KEY + "/start", start);
    assertThat(status(byStart)).as(byStart.getBody()).isEqualTo(403);
    ResponseEntity<String> byForm = rest.post("marie.visa", PASSWORD,
        "/engine-rest/process-definition/key/" + AccessPathway.KEY + "/submit-form", start);
    assertThat(status(byForm)).as(byForm.getBody()).isEqualTo(403);
    ResponseEntity<String> byTasklist = tasklist.post("marie.visa", PASSWORD,
        "/camunda/api/engine/engine/default/process-definition/key/" + AccessPathway.KEY + "/submit-form", start);
    assertThat(status(byTasklist)).as(byTasklist.getBody()).isIn(400, 403);
    assertThat(snapshot(visaCase)).isEqualTo(before);
  }

  @Test
  void anAgencyCannotOpenAMaintienCaseForAnotherTerritory() {
    var before = snapshot(visaCase);
    Map<String, Object> alert = Map.of("householdReference", household(), "dwellingReference", "ROU-BAV-07",
        "territoryCode", "ROUBAIX_TOURCOING", "arrearsAmountEur", 900, "arrearsMonths", 2,
        "troubleKinds", "ARREARS");
    ResponseEntity<String> response = rest.post("agence.lille", PASSWORD, "/engine-rest/process-definition/key/"
        + MaintienPathway.KEY + "/start", Map.of("variables", typed(alert)));
    assertThat(status(response)).as(response.getBody()).isEqualTo(403);
    assertThat(snapshot(visaCase)).isEqualTo(before);
  }

  @Test
  void rentalManagementsAlertIdIsSetByTheIntakeApiOnly() {
    String tenant = household();
    Map<String, Object> alert = Map.of("householdReference", tenant, "dwellingReference", "LIL-VISA-01",
        "territoryCode", "LILLE", "arrearsAmountEur", 900, "arrearsMonths", 2, "troubleKinds", "ARREARS");
    Map<String, Object> withSourceId = new java.util.HashMap<>(alert);
    withSourceId.put(MaintienPathway.Vars.SOURCE_ALERT_ID, "GL-" + tenant);
    String start = "/engine-rest/process-definition/key/" + MaintienPathway.KEY + "/start";

    ResponseEntity<String> refused = rest.post("agence.lille", PASSWORD, start,
        Map.of("variables", typed(withSourceId)));
    assertThat(status(refused)).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains(MaintienPathway.Vars.SOURCE_ALERT_ID);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM household WHERE reference = :tenant").param("tenant", tenant)
        .query(Integer.class).single()).isZero();

    ResponseEntity<String> accepted = rest.post("agence.lille", PASSWORD, start, Map.of("variables", typed(alert)));
    assertThat(status(accepted)).as(accepted.getBody()).isEqualTo(200);
  }

  @Test
  void businessKeysAndPartialStartsAreTheSystems() {
    var before = snapshot(visaCase);
    Map<String, Object> variables = typed(referral("VISA", household(), 14000));
    ResponseEntity<String> chosenKey = rest.post("marie.visa", PASSWORD, "/engine-rest/process-definition/key/"
        + AccessPathway.KEY + "/start", Map.of("variables", variables, "businessKey", "ACC-2026-999999"));
    assertThat(status(chosenKey)).as(chosenKey.getBody()).isEqualTo(400);
    ResponseEntity<String> partial = rest.post("marie.visa", PASSWORD, "/engine-rest/process-definition/key/"
        + AccessPathway.KEY + "/start", Map.of("variables", variables, "startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", AGREE_OBJECTIVES))));
    assertThat(status(partial)).as(partial.getBody()).isEqualTo(400);
    ResponseEntity<String> skipping = rest.post("marie.visa", PASSWORD, "/engine-rest/process-definition/key/"
        + AccessPathway.KEY + "/start", Map.of("variables", variables, "skipCustomListeners", true));
    assertThat(status(skipping)).as(skipping.getBody()).isEqualTo(400);
    ResponseEntity<String> empty = rest.post("marie.visa", PASSWORD, "/engine-rest/process-definition/key/"
        + AccessPathway.KEY + "/start", Map.of());
    assertThat(status(empty)).as(empty.getBody()).isEqualTo(400);
    ResponseEntity<String> calledProcess = rest.post("marie.visa", PASSWORD,
        "/engine-rest/process-definition/key/maintien-purchase-order/start", Map.of());
    assertThat(status(calledProcess)).as(calledProcess.getBody()).isIn(403, 404);
    assertThat(snapshot(visaCase)).isEqualTo(before);
  }

  @Test
  void aReferralThroughTheEngineGetsTheSystemsCaseReference() {
    String household = household();
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/engine-rest/process-definition/key/"
        + AccessPathway.KEY + "/start", Map.of("variables", typed(referral("VISA", household, 14000))));
    assertThat(status(response)).as(response.getBody()).isEqualTo(200);
    JsonNode instance = EngineRestClient.json(response.getBody());
    assertThat(instance.get("businessKey").asText()).matches("ACC-\\d{4}-\\d{6}");
    assertThat(jdbc.sql("SELECT partner_code FROM pathway_case WHERE case_reference = :ref")
        .param("ref", instance.get("businessKey").asText()).query(String.class).single()).isEqualTo("VISA");
  }

  @Test
  void aStartFormOffersThePersonOnlyTheChoicesTheDoorAccepts() {
    assertThat(choices("marie.visa", AccessPathway.KEY, "partnerCode")).containsExactly("VISA");
    assertThat(choices("demo", AccessPathway.KEY, "partnerCode")).hasSize(11);
    assertThat(choices("agence.roubaix", MaintienPathway.KEY, "territoryCode")).containsExactly("ROUBAIX_TOURCOING");
    assertThat(choices("responsable", MaintienPathway.KEY, "territoryCode")).hasSizeGreaterThan(1);
  }

  private List<String> choices(String user, String processKey, String field) {
    ResponseEntity<String> form = rest.get(user, PASSWORD, "/engine-rest/process-definition/key/" + processKey
        + "/deployed-start-form");
    assertThat(status(form)).as(form.getBody()).isEqualTo(200);
    List<String> values = new ArrayList<>();
    for (JsonNode component : EngineRestClient.json(form.getBody()).findParents("key")) {
      if (field.equals(component.path("key").asText())) {
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
      }
    }
    return values;
  }

  // finding 5: a refused job still burns

  @Test
  void onlyTheSystemAndAdministratorsRunJobsAndARefusalChangesNothing() {
    String instance = refer("marie.visa", "VISA", household(), 14000);
    JsonNode job = rest.getJson("/engine-rest/job?processInstanceId=" + instance).get(0);
    var before = snapshot(instance);
    for (String user : List.of("marie.visa", "paul.apf", "agence.lille", "responsable", "analyste")) {
      for (int attempt = 0; attempt < 4; attempt++) {
        ResponseEntity<String> response = rest.post(user, PASSWORD, "/engine-rest/job/" + job.get("id").asText()
            + "/execute", null);
        assertThat(status(response)).as("%s: %s", user, response.getBody()).isIn(403, 404);
      }
    }
    assertThat(snapshot(instance)).isEqualTo(before);
    assertThat(rest.getJson("/engine-rest/job/" + job.get("id").asText()).get("retries").asInt())
        .isEqualTo(job.get("retries").asInt());
  }
}
