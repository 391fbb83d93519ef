package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway;

import static fr.logementaccompagne.process.maintien.MaintienPathway.Elements.FINAL_REPORT;
import static fr.logementaccompagne.process.maintien.MaintienPathway.Elements.OBTAIN_CONSENT;
import static fr.logementaccompagne.process.maintien.MaintienPathway.Elements.PERFORM_DIAGNOSTIC;
import static fr.logementaccompagne.process.maintien.MaintienPathway.Elements.PROGRESS_REPORT;
import static fr.logementaccompagne.process.maintien.MaintienPathway.Elements.PROGRESS_REPORT_DUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.TestData;
import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The maintien pathway over HTTP, from rental management's alert to the final report. H2 and PostgreSQL. */
abstract class MaintienPathwayHttpScenarios {

  static final String AGENCY = "agence.roubaix";
  static final String AGENCY_PASSWORD = "demo";
  static final String DWELLING = "ROU-BAV-07";

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  EngineRestClient rest;

  abstract String adminPassword();

  @BeforeEach
  void client() {
    rest = new EngineRestClient(http, "demo", adminPassword());
  }

  static Map<String, Object> alert(String householdReference) {
    return TestData.alert().household(householdReference).dwelling(DWELLING, "ROUBAIX_TOURCOING").body();
  }

  static String newTenant() {
    return "LOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  BigDecimal committedThisYear() {
    return EngineRestClient.json(rest.get("demo", adminPassword(), "/api/maintien/budget/" + Year.now().getValue())
        .getBody()).get("committedEur").decimalValue();
  }

  @Test
  void psychiatricAccompanimentFromAlertToMaintainedTenancy() {
    BigDecimal committedBefore = committedThisYear();
    String tenant = newTenant();
    ResponseEntity<String> created = rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", alert(tenant));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode body = EngineRestClient.json(created.getBody());
    String caseReference = body.get("caseReference").asText();
    String instance = body.get("processInstanceId").asText();
    assertThat(caseReference).matches("MNT-\\d{4}-\\d{6}");
    assertThat(rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", alert(tenant)).getStatusCode().value())
        .isEqualTo(409);

    rest.runAsyncSteps(instance);
    assertThat(rest.activeTaskKeys(instance)).containsExactly(OBTAIN_CONSENT);
    assertThat(orders(caseReference)).isEmpty();
    rest.complete(instance, OBTAIN_CONSENT, Map.of(Vars.CONSENT_DECISION, "ACCEPTED", "consentDate", "2026-11-20"));

    // lot 1 ordered from the territory's market holder, then the diagnostic by that provider
    runOrderSubProcess(instance);
    assertThat(rest.activeTaskKeys(instance)).containsExactly(PERFORM_DIAGNOSTIC);
    assertThat(rest.variable(instance, Vars.DIAGNOSTIC_PROVIDER_CODE).get("value").asText()).isEqualTo("SOLIHA");
    Map<String, Object> diagnostic = new HashMap<>(Map.of(Vars.DIAGNOSTIC_CONCLUSION, "PSYCHIATRIC_ACCOMPANIMENT",
        "difficultyHealth", 3, "difficultyEmployment", 2, "difficultyBehaviour", 3, "difficultyFinances", 2,
        "difficultyEnvironment", 1));
    diagnostic.put("needCodes", "NEED_MENTAL_HEALTH_CARE,NEED_ARREARS_PLAN");
    rest.complete(instance, PERFORM_DIAGNOSTIC, diagnostic);

    // art. 9: need codes in the household's file for the provider and coordination only, never in the history
    assertThat(rest.variable(instance, "difficultyTotal").get("value").asInt()).isEqualTo(11);
    JsonNode needs = EngineRestClient.json(rest.get("presta.soliha", "demo", "/api/households/" + tenant + "/needs")
        .getBody());
    assertThat(needs.toString()).contains("NEED_MENTAL_HEALTH_CARE", "NEED_ARREARS_PLAN");
    assertThat(rest.get("coord.metropole", "demo", "/api/households/" + tenant + "/needs").getStatusCode().value())
        .isEqualTo(200);
    assertThat(rest.get(AGENCY, AGENCY_PASSWORD, "/api/households/" + tenant + "/needs").getStatusCode().value())
        .isEqualTo(403);
    assertThat(rest.get("responsable", "demo", "/api/households/" + tenant + "/needs").getStatusCode().value())
        .isEqualTo(403);
    JsonNode historicVariables = rest.getJson("/engine-rest/history/variable-instance?processInstanceId=" + instance);
    JsonNode details = rest.getJson("/engine-rest/history/detail?processInstanceId=" + instance);
    assertThat(historicVariables.findValuesAsText("name")).contains("diagnosticConclusion", "difficultyTotal")
        .doesNotContain("needCodes", "difficultyHealth", "difficultyBehaviour");
    assertThat(details.findValuesAsText("variableName")).isNotEmpty()
        .doesNotContain("needCodes", "difficultyHealth", "difficultyBehaviour");

    // lot 3 at scale 3 (difficulty 11 > 10): 4,800 EUR from the psychiatric-care provider
    runOrderSubProcess(instance);
    assertThat(rest.variable(instance, Vars.ACCOMPANIMENT_PROVIDER_CODE).get("value").asText()).isEqualTo("EPSM_LILLE");
    rest.fireTimer(instance, PROGRESS_REPORT_DUE);
    rest.complete(instance, PROGRESS_REPORT, Map.of(Vars.PROGRESS_DECISION, "CONTINUE"));
    rest.fireTimer(instance, PROGRESS_REPORT_DUE);
    rest.complete(instance, PROGRESS_REPORT, Map.of(Vars.PROGRESS_DECISION, "FINISH"));
    rest.complete(instance, FINAL_REPORT, Map.of(Vars.FINAL_OUTCOME, "MAINTAINED"));

    assertThat(rest.getJson("/engine-rest/history/process-instance/" + instance).get("state").asText())
        .isEqualTo("COMPLETED");
    JsonNode orders = orders(caseReference);
    assertThat(orders.findValuesAsText("lotNumber")).containsExactly("1", "3");
    assertThat(orders.findValuesAsText("providerCode")).containsExactly("SOLIHA", "EPSM_LILLE");
    assertThat(orders.findValuesAsText("status")).containsExactly("COMPLETED", "COMPLETED");
    BigDecimal ordered = orders.get(0).get("amountEur").decimalValue().add(orders.get(1).get("amountEur").decimalValue());
    assertThat(ordered).isEqualByComparingTo("5700");
    assertThat(committedThisYear().subtract(committedBefore)).isEqualByComparingTo(ordered);
    assertThat(jdbc.queryForObject("SELECT final_outcome FROM pathway_case WHERE case_reference = ?", String.class,
        caseReference)).isEqualTo("MAINTAINED");
    JsonNode report = EngineRestClient.json(rest.get("responsable", "demo", "/api/reports/maintien").getBody());
    assertThat(report.get("evictionsAvoided").asInt()).isPositive();
    assertThat(report.get("finalOutcomes").get("MAINTAINED").asInt()).isEqualTo(report.get("evictionsAvoided").asInt());
    assertThat(rest.get("marie.visa", "demo", "/api/reports/maintien").getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void refusedConsentOrdersNothingAndSpendsNothing() {
    BigDecimal committedBefore = committedThisYear();
    JsonNode body = EngineRestClient.json(
        rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", alert(newTenant())).getBody());
    String instance = body.get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    rest.complete(instance, OBTAIN_CONSENT, Map.of(Vars.CONSENT_DECISION, "REFUSED", "consentDate", "2026-11-20"));

    assertThat(rest.getJson("/engine-rest/history/process-instance/" + instance).get("state").asText())
        .isEqualTo("COMPLETED");
    assertThat(orders(body.get("caseReference").asText())).isEmpty();
    assertThat(committedThisYear()).isEqualByComparingTo(committedBefore);
    assertThat(jdbc.queryForObject("SELECT outcome FROM pathway_case WHERE case_reference = ?", String.class,
        body.get("caseReference").asText())).isEqualTo("CONSENT_REFUSED");
  }

  @Test
  void theSameAlertSentTwiceGivesOneCaseAndAnotherAlertStillConflicts() {
    String tenant = newTenant();
    Map<String, Object> first = alert(tenant);
    first.put("sourceAlertId", "GL-" + tenant);
    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case", Integer.class);

    ResponseEntity<String> created = rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", first);
    ResponseEntity<String> again = rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", first);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
    String caseReference = EngineRestClient.json(created.getBody()).get("caseReference").asText();
    assertThat(EngineRestClient.json(again.getBody()).get("caseReference").asText()).isEqualTo(caseReference);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case", Integer.class)).isEqualTo(cases + 1);

    Map<String, Object> another = alert(tenant);
    another.put("sourceAlertId", "GL-" + tenant + "-2");
    assertThat(rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", another).getStatusCode().value())
        .isEqualTo(409);
    Map<String, Object> withoutId = alert(tenant);
    assertThat(rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", withoutId).getStatusCode().value())
        .isEqualTo(409);
    Map<String, Object> sameIdOtherTenant = alert(newTenant());
    sameIdOtherTenant.put("sourceAlertId", "GL-" + tenant);
    assertThat(rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", sameIdOtherTenant).getStatusCode()
        .value()).isEqualTo(409);
    // another agency learns nothing from the id: refused as for a new alert
    assertThat(rest.post("agence.lille", "demo", "/api/maintien/alerts", first).getStatusCode().value())
        .isEqualTo(403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case", Integer.class)).isEqualTo(cases + 1);
  }

  @Test
  void badAlertsCreateNothing() {
    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case", Integer.class);
    Map<String, Object> bad = alert("x");
    bad.put("arrearsAmountEur", -5);
    bad.put("arrearsMonths", -1);
    bad.put("troubleKinds", List.of("NOISE"));
    ResponseEntity<String> response = rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", bad);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRestClient.json(response.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("householdReference", "arrearsAmountEur", "arrearsMonths", "troubleKinds");

    Map<String, Object> unknownDwelling = alert(newTenant());
    unknownDwelling.put("dwellingReference", "NOWHERE-1");
    assertThat(rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", unknownDwelling).getStatusCode().value())
        .isEqualTo(422);
    Map<String, Object> otherTerritory = alert(newTenant());
    otherTerritory.put("territoryCode", "LILLE");
    otherTerritory.put("dwellingReference", "LIL-FIV-01");
    assertThat(rest.post(AGENCY, AGENCY_PASSWORD, "/api/maintien/alerts", otherTerritory).getStatusCode().value())
        .isEqualTo(403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case", Integer.class)).isEqualTo(cases);
  }

  private void runOrderSubProcess(String instance) {
    JsonNode called = rest.getJson("/engine-rest/process-instance?superProcessInstance=" + instance);
    assertThat(called).hasSize(1);
    rest.runAsyncSteps(called.get(0).get("id").asText());
    rest.runAsyncSteps(instance);
  }

  private JsonNode orders(String caseReference) {
    ResponseEntity<String> response = rest.get("demo", adminPassword(),
        "/api/maintien/cases/" + caseReference + "/orders");
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return EngineRestClient.json(response.getBody());
  }
}
