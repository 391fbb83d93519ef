package fr.logementaccompagne.engine.variables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.ProcessVariable;
import fr.logementaccompagne.process.ProcessVariables;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * ADR 33 at the engine: whatever route a person's values come by (the project's API, {@code /engine-rest} with text
 * values, a task completion), a pathway stores each variable of the process APIs as its one canonical type, and a
 * value that is not of its kind is refused in French before anything is written.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanonicalTypesTest {

  private static final String PASSWORD = "demo";
  /** The engine's type of each Java type of the process APIs, as {@code /engine-rest} names it. */
  private static final Map<Class<?>, String> ENGINE_TYPES = Map.of(String.class, "String", Integer.class,
      "Integer", Long.class, "Long", BigDecimal.class, "Double", Boolean.class, "Boolean", LocalDate.class, "String",
      List.class, "Json");

  @Autowired
  TestRestTemplate http;

  EngineRestClient rest;

  @BeforeAll
  void client() {
    rest = new EngineRestClient(http, "demo", "demo");
  }

  @Test
  void aCaseOpenedByTheApiHoldsEachVariableAsItsCanonicalType() {
    String instance = refer(14000);
    rest.runAsyncSteps(instance);

    assertThat(type(instance, Vars.PRIORITY_CATEGORIES)).isEqualTo("Json");
    assertThat(type(instance, Vars.ANNUAL_RESOURCES_EUR)).isEqualTo("Double");
    assertThat(type(instance, Vars.HOUSEHOLD_SIZE)).isEqualTo("Integer");
    assertThat(type(instance, Vars.DWELLING_OPTIONS)).isEqualTo("Json");
    assertEveryTypedVariableIsCanonical(instance);
  }

  @Test
  void textValuesOfAnEngineRestStartAreConvertedOnceAtTheDoor() {
    Map<String, Object> start = new HashMap<>(referral(TestData.householdReference("TYP")));
    start.put(Vars.HOUSEHOLD_SIZE, "2");
    start.put(Vars.ANNUAL_RESOURCES_EUR, "14000.50");
    start.put(Vars.PRIORITY_CATEGORIES, "LEAVING_SHELTER");
    start.put(Vars.CONSENT_TO_ACCOMPANIMENT, "true");
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/engine-rest/process-definition/key/"
        + AccessPathway.KEY + "/start", Map.of("variables", typed(start)));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    String instance = EngineRestClient.json(response.getBody()).get("id").asText();

    assertThat(type(instance, Vars.HOUSEHOLD_SIZE)).isEqualTo("Integer");
    assertThat(rest.variable(instance, Vars.ANNUAL_RESOURCES_EUR).get("value").asDouble()).isEqualTo(14000.5);
    assertThat(type(instance, Vars.PRIORITY_CATEGORIES)).isEqualTo("Json");
    assertThat(type(instance, Vars.CONSENT_TO_ACCOMPANIMENT)).isEqualTo("Boolean");
    rest.runAsyncSteps(instance);
    assertEveryTypedVariableIsCanonical(instance);
  }

  @Test
  void anEngineRestStartWithAValueOfTheWrongKindIsRefusedNamingIt() {
    String household = TestData.householdReference("TYP");
    Map<String, Object> start = new HashMap<>(referral(household));
    start.put(Vars.HOUSEHOLD_SIZE, "deux");
    start.put(Vars.CONSENT_TO_ACCOMPANIMENT, "oui");
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/engine-rest/process-definition/key/"
        + AccessPathway.KEY + "/start", Map.of("variables", typed(start)));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("householdSize (nombre entier attendu)")
        .contains("consentToAccompaniment (vrai ou faux attendu)");
    assertThat(rest.getJson("/engine-rest/process-instance?variables=householdReference_eq_" + household))
        .isEmpty();
  }

  @Test
  void aTaskCompletionIsConvertedOnceAndAValueOfTheWrongKindRefused() {
    // resources above every ceiling: the unit asks the partner to complete the referral
    String instance = refer(900000);
    rest.runAsyncSteps(instance);
    rest.complete(instance, Elements.REVIEW_INELIGIBILITY, Map.of(Vars.ELIGIBILITY_REVIEW_DECISION,
        "REQUEST_COMPLEMENT", "complementRequest", "Avis d'imposition manquant"));

    ResponseEntity<String> half = completeReferral(instance, typed(Map.of(Vars.HOUSEHOLD_SIZE, 2.5)));
    assertThat(half.getStatusCode().value()).as(half.getBody()).isEqualTo(400);
    assertThat(half.getBody()).contains("le champ 'householdSize' : nombre entier attendu");
    assertThat(rest.activeTaskKeys(instance)).containsExactly(Elements.COMPLETE_REFERRAL);

    Map<String, Object> outputs = typed(Map.of(Vars.HOUSEHOLD_SIZE, 3L, Vars.ANNUAL_RESOURCES_EUR, 15000));
    // what Tasklist's checklist sends
    outputs.put(Vars.PRIORITY_CATEGORIES, Map.of("type", "Json", "value", "[\"LEAVING_SHELTER\"]"));
    ResponseEntity<String> completed = completeReferral(instance, outputs);
    assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(204);
    assertThat(type(instance, Vars.HOUSEHOLD_SIZE)).isEqualTo("Integer");
    assertThat(type(instance, Vars.ANNUAL_RESOURCES_EUR)).isEqualTo("Double");
    assertThat(type(instance, Vars.PRIORITY_CATEGORIES)).isEqualTo("Json");
    assertEveryTypedVariableIsCanonical(instance);
  }

  private ResponseEntity<String> completeReferral(String instance, Map<String, Object> typedOutputs) {
    String task = rest.task(instance, Elements.COMPLETE_REFERRAL).get("id").asText();
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/engine-rest/task/" + task + "/complete",
        Map.of("variables", typedOutputs));
    if (response.getStatusCode().is2xxSuccessful()) {
      rest.runAsyncSteps(instance);
    }
    return response;
  }

  private void assertEveryTypedVariableIsCanonical(String instance) {
    JsonNode variables = rest.getJson("/engine-rest/process-instance/" + instance
        + "/variables?deserializeValues=false");
    Map<String, String> wrong = new LinkedHashMap<>();
    variables.fields().forEachRemaining(entry -> ProcessVariables.named(entry.getKey()).ifPresent(variable -> {
      String type = entry.getValue().get("type").asText();
      if (!"Null".equals(type) && !expectedType(variable).equals(type)) {
        wrong.put(entry.getKey(), type + " instead of " + expectedType(variable));
      }
    }));
    assertThat(variables.size()).as("variables of the case").isGreaterThan(5);
    assertThat(wrong).isEmpty();
  }

  private static String expectedType(ProcessVariable<?> variable) {
    return variable.javaType().isEnum() ? "String" : ENGINE_TYPES.get(variable.javaType());
  }

  private String type(String instance, String name) {
    return rest.variable(instance, name).get("type").asText();
  }

  private String refer(int resources) {
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/api/referrals",
        new HashMap<>(Map.of("householdReference", TestData.householdReference("TYP"), "partnerCode", "VISA",
            "territoryCode", "LILLE", "householdSize", 2, "dependants", 1, "annualResourcesEur", resources,
            "priorityCategories", List.of("LEAVING_SHELTER"), "consentToAccompaniment", true)));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
  }

  private static Map<String, Object> referral(String household) {
    return Map.of(Vars.HOUSEHOLD_REFERENCE, household, Vars.PARTNER_CODE, "VISA", Vars.TERRITORY_CODE, "LILLE",
        Vars.HOUSEHOLD_SIZE, 2, Vars.ANNUAL_RESOURCES_EUR, 14000, Vars.CONSENT_TO_ACCOMPANIMENT, true);
  }

  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }
}
