package fr.logementaccompagne.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
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

/** GDPR erasure of a household: personal fields and history gone, an audit line kept, refused while open. */
@H2ApplicationTest
class HouseholdErasureTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  EngineRestClient rest;

  @BeforeEach
  void client() {
    rest = new EngineRestClient(http, "demo", "demo");
  }

  private String[] referral(String household, boolean consent) {
    Map<String, Object> body = new HashMap<>(Map.of("householdReference", household, "partnerCode", "VISA",
        "territoryCode", "LILLE", "householdSize", 3, "dependants", 2, "annualResourcesEur", 13579,
        "priorityCategories", List.of("LEAVING_PRISON", "PSYCHIATRIC_EPSM"), "consentToAccompaniment", consent));
    JsonNode created = EngineRestClient.json(rest.post("marie.visa", "demo", "/api/referrals", body).getBody());
    return new String[] {created.get("caseReference").asText(), created.get("processInstanceId").asText()};
  }

  @Test
  void aClosedHouseholdIsAnonymisedItsHistoryRemovedAndTheErasureAudited() {
    String household = "EFF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String[] rejected = referral(household, false);
    rest.runAsyncSteps(rejected[1]);
    rest.complete(rejected[1], Elements.REVIEW_INELIGIBILITY, Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, "REJECT",
        "rejectionReason", "Pas de consentement"));
    long householdId = jdbc.queryForObject("SELECT id FROM household WHERE reference = ?", Long.class, household);

    // before: the household, its categories, its resources and the case's history are there
    assertThat(jdbc.queryForObject("SELECT annual_resources_eur FROM household WHERE id = ?", Integer.class,
        householdId)).isEqualTo(13579);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household_priority_category WHERE household_id = ?",
        Integer.class, householdId)).isEqualTo(2);
    assertThat(rest.getJson("/engine-rest/history/process-instance?processInstanceId=" + rejected[1])).hasSize(1);
    assertThat(rest.getJson("/engine-rest/history/variable-instance?processInstanceId=" + rejected[1])).isNotEmpty();

    assertThat(rest.post("marie.visa", "demo", "/api/households/" + household + "/erasure", null)
        .getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> erased = rest.post("demo", "demo", "/api/households/" + household + "/erasure", null);
    assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(200);
    assertThat(EngineRestClient.json(erased.getBody()).get("historyInstancesDeleted").asInt()).isEqualTo(1);

    // after: nothing personal left, no history, one audit line that names nobody
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE reference = ?", Integer.class, household))
        .isZero();
    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM household WHERE id = ?", householdId);
    assertThat(row.get("ANNUAL_RESOURCES_EUR")).isNull();
    assertThat(row.get("HOUSEHOLD_SIZE")).isNull();
    assertThat(row.get("ANONYMISED_AT")).isNotNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household_priority_category WHERE household_id = ?",
        Integer.class, householdId)).isZero();
    assertThat(rest.getJson("/engine-rest/history/process-instance?processInstanceId=" + rejected[1])).isEmpty();
    assertThat(rest.getJson("/engine-rest/history/variable-instance?processInstanceId=" + rejected[1])).isEmpty();
    assertThat(rest.getJson("/engine-rest/history/task?processInstanceId=" + rejected[1])).isEmpty();
    assertThat(rest.get("demo", "demo", "/api/households/" + household + "/contracts").getStatusCode().value())
        .isEqualTo(404);
    Map<String, Object> audit = jdbc.queryForMap("SELECT * FROM erasure_audit WHERE household_id = ?", householdId);
    assertThat(audit).containsEntry("ERASED_BY", "demo").containsEntry("CASES_COUNT", 1);
    assertThat(audit.values()).noneMatch(value -> String.valueOf(value).contains(household));
  }

  @Test
  void aHouseholdWithAnOpenCaseIsNotErased() {
    String household = "EFF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    referral(household, true);
    ResponseEntity<String> refused = rest.post("demo", "demo", "/api/households/" + household + "/erasure", null);
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(refused.getBody()).contains("dossier en cours");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE reference = ?", Integer.class, household))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM erasure_audit a JOIN household h ON h.id = a.household_id"
        + " WHERE h.reference = ?", Integer.class, household)).isZero();
  }
}
