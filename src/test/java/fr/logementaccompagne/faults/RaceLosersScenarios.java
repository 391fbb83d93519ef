package fr.logementaccompagne.faults;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Races have a clear loser (issue 13): two requests released together by a barrier, over HTTP as clients send
 * them. Two referrals of one household: one 201, one 409 naming the open case to its own partner only, and no case
 * number used up by the loser. Two completions of one task: one 204, one 409 "Tâche déjà terminée", the process
 * moved on once. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class RaceLosersScenarios {

  static final int ROUNDS = 4;
  static final String PARTNER = "marie.visa";
  static final String OTHER_PARTNER = "karim.armee";
  static final String AGENCY = "agence.lille";

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  EngineRestClient rest;
  ExecutorService pair;

  abstract String adminPassword();

  @BeforeEach
  void client() {
    rest = new EngineRestClient(http, "demo", adminPassword());
    pair = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stop() {
    pair.shutdownNow();
  }

  /** Both calls released at the same moment; their answers in the order of the calls. */
  List<ResponseEntity<String>> atOnce(Supplier<ResponseEntity<String>> first,
                                      Supplier<ResponseEntity<String>> second) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(2);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (Supplier<ResponseEntity<String>> call : List.of(first, second)) {
      answers.add(pair.submit(() -> {
        barrier.await(30, TimeUnit.SECONDS);
        return call.get();
      }));
    }
    List<ResponseEntity<String>> responses = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : answers) {
      responses.add(answer.get(60, TimeUnit.SECONDS));
    }
    return responses;
  }

  static Map<String, Object> referral(String householdReference, String partnerCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("householdReference", householdReference);
    body.put("partnerCode", partnerCode);
    body.put("territoryCode", "LILLE");
    body.put("householdSize", 2);
    body.put("dependants", 1);
    body.put("annualResourcesEur", 15000);
    body.put("priorityCategories", List.of("LEAVING_SHELTER"));
    body.put("needsMotorAdaptedDwelling", false);
    body.put("consentToAccompaniment", true);
    return body;
  }

  static String newHousehold() {
    return "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  int lastAccessNumber() {
    return jdbc.queryForObject("SELECT last_value FROM case_counter WHERE pathway = 'ACCESS'", Integer.class);
  }

  @Test
  void secondReferralOfAHouseholdGets409AndUsesNoCaseNumber() throws Exception {
    int numberBefore = lastAccessNumber();
    for (int round = 0; round < ROUNDS; round++) {
      String household = newHousehold();
      var answers = atOnce(() -> rest.post(PARTNER, "demo", "/api/referrals", referral(household, "VISA")),
          () -> rest.post(PARTNER, "demo", "/api/referrals", referral(household, "VISA")));
      answers.sort(Comparator.comparingInt(answer -> answer.getStatusCode().value()));
      assertThat(answers).extracting(answer -> answer.getStatusCode().value()).as("round %d: %s", round, answers)
          .containsExactly(201, 409);
      String winner = EngineRestClient.json(answers.get(0).getBody()).get("caseReference").asText();
      // the loser is the same partner: it is told which case is open
      assertThat(EngineRestClient.json(answers.get(1).getBody()).path("openCaseReference").asText())
          .as("round %d, the loser's answer: %s", round, answers.get(1).getBody()).isEqualTo(winner);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pathway_case c JOIN household h ON h.id = c.household_id"
          + " WHERE h.reference = ?", Integer.class, household)).isEqualTo(1);
    }
    // gapless: one number per case opened, none for the losers
    assertThat(lastAccessNumber()).isEqualTo(numberBefore + ROUNDS);
  }

  @Test
  void aRaceLostToAnotherPartnerDoesNotNameItsCase() throws Exception {
    int numberBefore = lastAccessNumber();
    String household = newHousehold();
    var answers = atOnce(() -> rest.post(PARTNER, "demo", "/api/referrals", referral(household, "VISA")),
        () -> rest.post(OTHER_PARTNER, "demo", "/api/referrals", referral(household, "ARMEE_DU_SALUT")));
    assertThat(answers).extracting(answer -> answer.getStatusCode().value()).as("%s", answers)
        .containsExactlyInAnyOrder(201, 409);
    ResponseEntity<String> loser = answers.stream().filter(answer -> answer.getStatusCode().value() == 409)
        .findFirst().orElseThrow();
    assertThat(loser.getBody()).doesNotContain("ACC-").contains("Ce ménage a déjà un dossier ouvert");
    assertThat(lastAccessNumber()).isEqualTo(numberBefore + 1);
  }

  @Test
  void secondCompletionOfATaskGets409AndTheCaseMovesOnOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      ResponseEntity<String> created = rest.post(PARTNER, "demo", "/api/referrals", referral(newHousehold(), "VISA"));
      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      String instance = EngineRestClient.json(created.getBody()).get("processInstanceId").asText();
      rest.runAsyncSteps(instance);
      String taskId = rest.task(instance, PROPOSE_DWELLING).get("id").asText();
      String dwelling = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText())
          .get(0).get("value").asText();
      Map<String, Object> body = Map.of("variables",
          Map.of(Vars.PROPOSED_DWELLING_REFERENCE, Map.of("value", dwelling)));
      // Tasklist's route (submit-form) against a plain completion, alternately first
      String complete = "/engine-rest/task/" + taskId + "/complete";
      String submit = "/engine-rest/task/" + taskId + "/submit-form";
      String first = round % 2 == 0 ? complete : submit;
      String second = round % 2 == 0 ? submit : complete;
      var answers = atOnce(() -> rest.post(AGENCY, "demo", first, body), () -> rest.post(AGENCY, "demo", second, body));

      assertThat(answers).extracting(answer -> answer.getStatusCode().value()).as("round %d: %s", round, answers)
          .containsExactlyInAnyOrder(204, 409);
      ResponseEntity<String> loser = answers.stream().filter(answer -> answer.getStatusCode().value() == 409)
          .findFirst().orElseThrow();
      assertThat(loser.getBody()).contains("Tâche déjà terminée");
      rest.runAsyncSteps(instance);
      assertThat(rest.activeTaskKeys(instance)).containsExactly(ATTRIBUTION_COMMISSION);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ?"
          + " AND TASK_DEF_KEY_ = ?", Integer.class, instance, PROPOSE_DWELLING)).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE PROC_INST_ID_ = ?", Integer.class,
          instance)).isZero();
    }
    // a completion of a task that ended long ago is the same answer
    String ended = jdbc.queryForObject("SELECT ID_ FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL"
        + " AND TASK_DEF_KEY_ = ? ORDER BY END_TIME_ DESC LIMIT 1", String.class, PROPOSE_DWELLING);
    assertThat(rest.post(AGENCY, "demo", "/engine-rest/task/" + ended + "/complete", Map.of("variables", Map.of()))
        .getStatusCode().value()).isEqualTo(409);
  }
}
