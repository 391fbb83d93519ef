package fr.logementaccompagne.access;

import fr.logementaccompagne.process.access.AccessPathway;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.COORDINATE_OVERLAP;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.DIRECT_LEASE_ACCOMPANIMENT_ENDS;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.FINAL_EVALUATION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.NOTIFY_PREFECT;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PERIODIC_REVIEW;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PREFECT_NOTICE_DUE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REVIEW_DUE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SLIDING_LEASE_REVIEW_DUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.TestData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access pathway over HTTP, as a partner and the landlord's staff would drive it: the project's API for
 * referrals and contracts, Camunda's REST API for tasks. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AccessPathwayHttpScenarios {

  static final String PARTNER = "marie.visa";
  static final String PARTNER_PASSWORD = "demo";

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

  static String newHouseholdReference() {
    return "MEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static Map<String, Object> referral(String householdReference) {
    return TestData.referral().household(householdReference).body();
  }

  JsonNode refer(Map<String, Object> body) {
    ResponseEntity<String> response = rest.post(PARTNER, PARTNER_PASSWORD, "/api/referrals", body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody());
  }

  /** Where {@link #walkToDirectLease} stops for the caller's own checks; none by default. */
  interface Checkpoints {
    default void attributed() {
    }

    /** The first six-monthly review is open. */
    default void firstReviewDue() {
    }

    default void slidingLease() {
    }

    default void directLease() {
    }
  }

  /**
   * From the dwelling's proposal to the end of the accompaniment in direct lease, in the same dwelling: hosting,
   * sliding lease (prefect told before the review), direct lease, final evaluation. 12 completions, 4 timers.
   */
  static void walkToDirectLease(EngineRestClient rest, String instance, String dwelling, Checkpoints at) {
    rest.complete(instance, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    rest.complete(instance, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED",
        "commissionDate", "2026-11-20"));
    at.attributed();
    rest.complete(instance, SIGN_CONTRACT, Map.of("contractSignedOn", "2026-11-21"));
    rest.complete(instance, AGREE_OBJECTIVES, Map.of("objectivesSocial", "Ouvrir les droits"));
    rest.fireTimer(instance, REVIEW_DUE);
    at.firstReviewDue();
    rest.complete(instance, PERIODIC_REVIEW, Map.of(Vars.REVIEW_DECISION, "ADVANCE",
        "indicatorDebtTrend", "IMPROVING"));
    at.slidingLease();
    rest.complete(instance, SIGN_CONTRACT, Map.of("contractSignedOn", "2027-05-21"));
    rest.complete(instance, AGREE_OBJECTIVES, Map.of());
    rest.fireTimer(instance, PREFECT_NOTICE_DUE);
    rest.complete(instance, NOTIFY_PREFECT, Map.of("leaseWillSlide", "YES", "prefectNotifiedOn", "2027-09-21"));
    rest.fireTimer(instance, SLIDING_LEASE_REVIEW_DUE);
    rest.complete(instance, PERIODIC_REVIEW, Map.of(Vars.REVIEW_DECISION, "ADVANCE"));
    at.directLease();
    rest.complete(instance, SIGN_CONTRACT, Map.of("contractSignedOn", "2027-11-21"));
    rest.complete(instance, AGREE_OBJECTIVES, Map.of());
    rest.fireTimer(instance, DIRECT_LEASE_ACCOMPANIMENT_ENDS);
    rest.complete(instance, FINAL_EVALUATION, Map.of(Vars.ACCESS_OUTCOME, "STABLE_TENANCY"));
  }

  @Test
  void householdStaysInOneDwellingFromHostingToDirectLease() {
    String household = newHouseholdReference();
    JsonNode created = refer(referral(household));
    String caseReference = created.get("caseReference").asText();
    String instance = created.get("processInstanceId").asText();
    assertThat(caseReference).matches("ACC-\\d{4}-\\d{6}");
    assertThat(rest.getJson("/engine-rest/process-instance/" + instance).get("businessKey").asText())
        .isEqualTo(caseReference);
    assertThat(rest.variable(instance, Vars.HOUSEHOLD_ID).get("value").asText()).isEqualTo(household);

    // a second referral of the same household while the first is open
    assertThat(rest.post(PARTNER, PARTNER_PASSWORD, "/api/referrals", referral(household)).getStatusCode().value())
        .isEqualTo(409);

    rest.runAsyncSteps(instance);
    assertThat(rest.activeTaskKeys(instance)).containsExactly(PROPOSE_DWELLING);
    assertThat(rest.task(instance, PROPOSE_DWELLING).get("name").asText()).endsWith(caseReference);
    JsonNode options = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText());
    assertThat(options).isNotEmpty();
    String dwelling = options.get(0).get("value").asText();

    walkToDirectLease(rest, instance, dwelling, new Checkpoints() {
      @Override
      public void attributed() {
        assertThat(rest.variable(instance, Vars.OCCUPANCY_STATUS).get("value").asText()).isEqualTo("HOSTING");
      }

      @Override
      public void firstReviewDue() {
        // an unknown decision is refused and the task stays
        ResponseEntity<String> refused = rest.complete(PARTNER, PARTNER_PASSWORD, instance, PERIODIC_REVIEW,
            Map.of(Vars.REVIEW_DECISION, "MAYBE"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("reviewDecision");
        assertThat(rest.activeTaskKeys(instance)).containsExactly(PERIODIC_REVIEW);
      }

      @Override
      public void slidingLease() {
        assertThat(rest.variable(instance, Vars.OCCUPANCY_STATUS).get("value").asText()).isEqualTo("SLIDING_LEASE");
      }

      @Override
      public void directLease() {
        assertThat(rest.variable(instance, Vars.OCCUPANCY_STATUS).get("value").asText()).isEqualTo("DIRECT_LEASE");
      }
    });

    assertThat(rest.getJson("/engine-rest/history/process-instance/" + instance).get("state").asText())
        .isEqualTo("COMPLETED");
    ResponseEntity<String> response = rest.get(PARTNER, PARTNER_PASSWORD,
        "/api/households/" + household + "/contracts");
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    JsonNode contracts = EngineRestClient.json(response.getBody());
    assertThat(contracts).hasSize(3);
    assertThat(contracts).allSatisfy(c -> assertThat(c.get("dwellingReference").asText()).isEqualTo(dwelling));
    assertThat(contracts.findValuesAsText("status")).containsExactly("HOSTING", "SLIDING_LEASE", "DIRECT_LEASE");
    assertThat(contracts.findValuesAsText("holder")).containsExactly("PARTNER", "PARTNER", "HOUSEHOLD");
    assertThat(contracts.get(0).get("endDate").isNull()).isFalse();
    assertThat(contracts.get(1).get("endDate").isNull()).isFalse();
    assertThat(contracts.get(2).get("endDate").isNull()).isTrue();
    for (int i = 1; i < contracts.size(); i++) {
      assertThat(contracts.get(i).get("startDate").asText())
          .isGreaterThanOrEqualTo(contracts.get(i - 1).get("endDate").asText());
    }
    assertThat(jdbc.queryForObject("SELECT outcome FROM pathway_case WHERE case_reference = ?", String.class,
        caseReference)).isEqualTo("COMPLETED");
    // a new referral is possible once the case is closed
    assertThat(rest.post(PARTNER, PARTNER_PASSWORD, "/api/referrals", referral(household)).getStatusCode().value())
        .isEqualTo(201);
  }

  @Test
  void declaredCommonLawMeasureSendsTheCaseToCoordination() {
    String household = newHouseholdReference();
    String instance = refer(referral(household)).get("processInstanceId").asText();
    ResponseEntity<String> declared = rest.post(PARTNER, PARTNER_PASSWORD, "/api/households/" + household + "/measures",
        Map.of("kind", "FSL_ASLL", "provider", "CCAS de Lille", "startDate", "2026-01-10"));
    assertThat(declared.getStatusCode().value()).as(declared.getBody()).isEqualTo(201);

    rest.runAsyncSteps(instance);

    assertThat(rest.activeTaskKeys(instance)).containsExactly(COORDINATE_OVERLAP);
    assertThat(rest.variable(instance, "overlapSummary").get("value").asText()).contains("FSL_ASLL", "CCAS de Lille");
    JsonNode measures = EngineRestClient.json(rest.get(PARTNER, PARTNER_PASSWORD,
        "/api/households/" + household + "/measures").getBody());
    assertThat(measures.findValuesAsText("source")).containsExactly("DECLARED");
  }

  @Test
  void malformedReferralCreatesNothing() {
    int instances = rest.getJson("/engine-rest/process-instance/count").get("count").asInt();
    int households = jdbc.queryForObject("SELECT COUNT(*) FROM household", Integer.class);
    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case", Integer.class);

    Map<String, Object> body = referral("bad reference!");
    body.put("householdSize", 0);
    body.put("dependants", 3);
    body.put("annualResourcesEur", -1);
    body.put("priorityCategories", List.of("NOT_A_CATEGORY"));
    ResponseEntity<String> response = rest.post(PARTNER, PARTNER_PASSWORD, "/api/referrals", body);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    JsonNode problem = EngineRestClient.json(response.getBody());
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("householdReference",
        "householdSize", "dependants", "annualResourcesEur", "priorityCategories");
    assertThat(rest.getJson("/engine-rest/process-instance/count").get("count").asInt()).isEqualTo(instances);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(households);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case", Integer.class)).isEqualTo(cases);
  }

  @Test
  void partnerCannotReferForAnotherPartnerNorReadItsHouseholds() {
    Map<String, Object> body = referral(newHouseholdReference());
    body.put("partnerCode", "APF");
    assertThat(rest.post(PARTNER, PARTNER_PASSWORD, "/api/referrals", body).getStatusCode().value()).isEqualTo(403);

    String apfHousehold = newHouseholdReference();
    Map<String, Object> apfReferral = referral(apfHousehold);
    apfReferral.put("partnerCode", "APF");
    assertThat(rest.post("paul.apf", "demo", "/api/referrals", apfReferral).getStatusCode().value()).isEqualTo(201);
    // another partner's household looks like an unknown one (issue 8)
    assertThat(rest.get(PARTNER, PARTNER_PASSWORD, "/api/households/" + apfHousehold + "/contracts")
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void unknownCodesAreUnprocessable() {
    Map<String, Object> body = referral(newHouseholdReference());
    body.put("territoryCode", "ATLANTIS");
    ResponseEntity<String> response = rest.post("demo", adminPassword(), "/api/referrals", body);
    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(response.getBody()).contains("territoryCode");
    assertThat(rest.get(PARTNER, PARTNER_PASSWORD, "/api/households/NOBODY-HERE/contracts").getStatusCode().value())
        .isEqualTo(404);
  }
}
