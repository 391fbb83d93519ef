package fr.logementaccompagne.security;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.support.CaseSnapshot;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.WebappSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may write what (issue 8): for each write route — the project's API, the engine REST API's start,
 * submit-form, complete, variables, message and job routes, and the webapps' engine API behind Tasklist — a person
 * of every role of docs/design.md section 7 tries it. The roles allowed succeed, each on a case of its own; every other
 * role is refused with a 4xx and the case, the domain store and the engine are exactly as before.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoMayWriteWhatTest {

  static final String PASSWORD = "demo";
  static final String ADMIN = "demo";
  /** One person per role: two partners, two agencies, the priority-publics unit, a coordinator, a provider, a
   * manager, an analyst and the administrator. */
  static final List<String> PEOPLE = List.of("marie.visa", "paul.apf", "agence.lille", "agence.roubaix",
      "unite.prioritaire", "coord.metropole", "presta.soliha", "responsable", "analyste", "unite.contentieux", ADMIN);

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcClient jdbc;

  EngineRestClient rest;
  WebappSession tasklist;
  WebappSession cockpit;

  @BeforeAll
  void clients() {
    rest = new EngineRestClient(http, ADMIN, PASSWORD);
    tasklist = new WebappSession(http, "tasklist");
    cockpit = new WebappSession(http, "cockpit");
  }

  /** A write route, who may take it, and whether taking it uses up the case's open task. */
  enum Route {
    API_REFERRAL(Set.of("marie.visa", "agence.lille", ADMIN), false),
    ENGINE_START(Set.of("marie.visa", "agence.lille", ADMIN), false),
    ENGINE_START_FORM(Set.of("marie.visa", "agence.lille", ADMIN), false),
    TASKLIST_START_FORM(Set.of("marie.visa", "agence.lille", ADMIN), false),
    API_ALERT(Set.of("agence.roubaix", ADMIN), false),
    ENGINE_MAINTIEN_START(Set.of("agence.roubaix", ADMIN), false),
    ENGINE_COMPLETE(Set.of("marie.visa", ADMIN), true),
    TASKLIST_SUBMIT_FORM(Set.of("marie.visa", ADMIN), true),
    ENGINE_TASK_VARIABLE(Set.of(ADMIN), false),
    ENGINE_INSTANCE_VARIABLE(Set.of(ADMIN), false),
    ENGINE_MESSAGE(Set.of(ADMIN), true),
    ENGINE_JOB(Set.of(ADMIN), true),
    API_MIGRATION_PREVIEW(Set.of("responsable", ADMIN), false),
    API_MIGRATION(Set.of("responsable", ADMIN), false),
    COCKPIT_MIGRATION_PREVIEW(Set.of("responsable", ADMIN), false),
    COCKPIT_MIGRATION(Set.of("responsable", ADMIN), false),
    LITIGATION_CONVENE(Set.of("responsable", ADMIN), false),
    LITIGATION_PREPARE(Set.of("unite.contentieux", ADMIN), true),
    TASKLIST_LITIGATION_DECISION(Set.of("unite.contentieux", ADMIN), true),
    COMMISSION_FOLLOW_UP(Set.of("agence.roubaix", ADMIN), true);

    final Set<String> allowed;
    final boolean usesUpTheCase;

    Route(Set<String> allowed, boolean usesUpTheCase) {
      this.allowed = allowed;
      this.usesUpTheCase = usesUpTheCase;
    }
  }

  /** Territories with vacant demo dwellings: each case awaiting objectives holds one dwelling. */
  static final List<String> TERRITORIES = List.of("LILLE", "ROUBAIX_TOURCOING", "DUNKERQUE", "CAMBRAI");
  int casesWithADwelling;

  @ParameterizedTest
  @EnumSource(Route.class)
  void theAllowedRolesWriteAndTheOthersChangeNothing(Route route) {
    String reference = freshCase(route);
    Map<String, Object> before = CaseSnapshot.of(rest, jdbc, reference);
    List<String> wrong = new ArrayList<>();
    for (String person : PEOPLE) {
      if (route.allowed.contains(person)) {
        continue;
      }
      ResponseEntity<String> response = attempt(route, person, reference);
      if (!response.getStatusCode().is4xxClientError()) {
        wrong.add("%s refused expected, got %d %s".formatted(person, response.getStatusCode().value(),
            response.getBody()));
      }
    }
    assertThat(wrong).as(route.name()).isEmpty();
    assertThat(CaseSnapshot.of(rest, jdbc, reference)).as(route.name()).isEqualTo(before);

    for (String person : route.allowed) {
      String own = route.usesUpTheCase ? freshCase(route) : reference;
      ResponseEntity<String> response = attempt(route, person, own);
      assertThat(response.getStatusCode().is2xxSuccessful()).as("%s by %s: %s", route, person, response.getBody())
          .isTrue();
    }
  }

  /** A one-line file per reference table (issue 16), each creating a row nobody else uses. */
  static final Map<String, String> REFERENCE_FILES = Map.of(
      "territories", "Code;Libellé;Bassin\nWMW_TERRITORY;Essai;METROPOLE\n",
      "partners", "Code;Libellé\nWMW_PARTNER;Essai\n",
      "provider-markets", "Territoire;Lot;Début;Fin;Prestataire\nDOUAI;1;01/01/2095;31/12/2098;AFEJI\n",
      "dwellings", "Référence;Territoire;Commune;Typologie;Financement;Actif\nWMW-0001;DOUAI;Douai;T2;PLAI;non\n",
      "budget-envelopes", "Année;Montant (€)\n2095;1000\n",
      "quotas", "Année;Code;Libellé;Objectif\n2095;LEAVING_HOSTING;Essai;1\n");

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"territories", "partners", "provider-markets",
      "dwellings", "budget-envelopes", "quotas"})
  void onlyAdministratorsImportReferenceTablesAndOnlyManagersAndThemReadThem(String table) {
    var csv = new fr.logementaccompagne.referenceimport.ReferenceCsvClient(http);
    String before = csv.get(ADMIN, PASSWORD, table, MediaType.APPLICATION_JSON).getBody();
    List<String> wrong = new ArrayList<>();
    for (String person : PEOPLE) {
      int read = csv.get(person, PASSWORD, table, MediaType.valueOf("text/csv")).getStatusCode().value();
      if (read != (Set.of("responsable", ADMIN).contains(person) ? 200 : 403)) {
        wrong.add("%s read %s: %d".formatted(person, table, read));
      }
      if (!person.equals(ADMIN)) {
        int write = csv.put(person, PASSWORD, table, REFERENCE_FILES.get(table)).getStatusCode().value();
        if (write != 403) {
          wrong.add("%s import %s: %d".formatted(person, table, write));
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(csv.get(ADMIN, PASSWORD, table, MediaType.APPLICATION_JSON).getBody()).isEqualTo(before);
    assertThat(csv.put(ADMIN, PASSWORD, table, REFERENCE_FILES.get(table)).getStatusCode().value()).isEqualTo(200);
  }

  private ResponseEntity<String> attempt(Route route, String person, String instance) {
    return switch (route) {
      case API_REFERRAL -> rest.post(person, PASSWORD, "/api/referrals", referral());
      case ENGINE_START -> rest.post(person, PASSWORD, definition(AccessPathway.KEY) + "/start",
          Map.of("variables", typed(referral())));
      case ENGINE_START_FORM -> rest.post(person, PASSWORD, definition(AccessPathway.KEY) + "/submit-form",
          Map.of("variables", typed(referral())));
      case TASKLIST_START_FORM -> tasklist.post(person, PASSWORD, "/camunda/api/engine/engine/default"
          + "/process-definition/key/" + AccessPathway.KEY + "/submit-form", Map.of("variables", typed(referral())));
      case API_ALERT -> rest.post(person, PASSWORD, "/api/maintien/alerts", alert(List.of("ARREARS")));
      case ENGINE_MAINTIEN_START -> rest.post(person, PASSWORD, definition(MaintienPathway.KEY) + "/start",
          Map.of("variables", typed(alert("ARREARS"))));
      case ENGINE_COMPLETE -> rest.post(person, PASSWORD, "/engine-rest/task/" + objectivesTask(instance)
          + "/complete", Map.of("variables", typed(Map.of("objectivesSocial", "Ouvrir les droits CAF"))));
      case TASKLIST_SUBMIT_FORM -> tasklist.post(person, PASSWORD, "/camunda/api/engine/engine/default/task/"
          + objectivesTask(instance) + "/submit-form",
          Map.of("variables", typed(Map.of("objectivesSocial", "Ouvrir les droits CAF"))));
      case ENGINE_TASK_VARIABLE -> put(person, "/engine-rest/task/" + objectivesTask(instance)
          + "/variables/objectivesSocial", Map.of("value", "Réécrit"));
      case ENGINE_INSTANCE_VARIABLE -> put(person, "/engine-rest/process-instance/" + instance
          + "/variables/objectivesSocial", Map.of("value", "Réécrit"));
      case ENGINE_MESSAGE -> rest.post(person, PASSWORD, "/engine-rest/message", Map.of(
          "messageName", AccessPathway.MESSAGE_HOUSEHOLD_LEFT, "processInstanceId", instance,
          "processVariables", typed(Map.of(Vars.DEPARTURE_REASON, "RELOGEMENT_FAMILLE"))));
      case ENGINE_JOB -> rest.post(person, PASSWORD, "/engine-rest/job/" + rest.getJson(
          "/engine-rest/job?processInstanceId=" + instance).get(0).get("id").asText() + "/execute", null);
      case API_MIGRATION_PREVIEW -> rest.post(person, PASSWORD, "/api/admin/migrations/preview",
          Map.of("processKey", AccessPathway.KEY));
      case API_MIGRATION -> rest.post(person, PASSWORD, "/api/admin/migrations", Map.of("processKey",
          AccessPathway.KEY));
      case COCKPIT_MIGRATION_PREVIEW -> cockpit.post(person, PASSWORD,
          "/camunda/api/cockpit/plugin/case-migrations/default/preview", Map.of("processKey", AccessPathway.KEY));
      case COCKPIT_MIGRATION -> cockpit.post(person, PASSWORD,
          "/camunda/api/cockpit/plugin/case-migrations/default/execute", Map.of("processKey", AccessPathway.KEY));
      case LITIGATION_CONVENE -> rest.post(person, PASSWORD, definition(LitigationCommission.KEY) + "/start",
          Map.of("variables", typed(Map.of(LitigationCommission.Vars.SESSION_DATE,
              LocalDate.now().plusDays(30).toString()))));
      case LITIGATION_PREPARE -> rest.post(person, PASSWORD, "/engine-rest/task/" + rest.task(instance,
          LitigationCommission.Elements.PREPARE_AGENDA).get("id").asText() + "/complete", Map.of("variables",
          typed(Map.of(LitigationCommission.Vars.PREPARATION_DECISION, "AGENDA_AS_BUILT"))));
      case TASKLIST_LITIGATION_DECISION -> tasklist.post(person, PASSWORD, "/camunda/api/engine/engine/default/task/"
          + rest.getJson("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
          + LitigationCommission.Elements.RECORD_DECISION).get(0).get("id").asText() + "/submit-form",
          Map.of("variables", typed(Map.of(LitigationCommission.Vars.LITIGATION_DECISION, "PAYMENT_PLAN"))));
      case COMMISSION_FOLLOW_UP -> rest.post(person, PASSWORD, "/engine-rest/task/" + rest.task(instance,
          LitigationCommission.Elements.APPLY_DECISION).get("id").asText() + "/complete", Map.of("variables",
          typed(Map.of(LitigationCommission.Vars.FOLLOW_UP_ACTION, "Plan d'apurement proposé"))));
    };
  }

  private String freshCase(Route route) {
    return switch (route) {
      case ENGINE_JOB, API_REFERRAL, ENGINE_START, ENGINE_START_FORM, TASKLIST_START_FORM, API_ALERT,
           ENGINE_MAINTIEN_START, API_MIGRATION_PREVIEW, API_MIGRATION, COCKPIT_MIGRATION_PREVIEW, COCKPIT_MIGRATION,
           LITIGATION_CONVENE ->
          caseWithAPendingStep("LILLE");
      case LITIGATION_PREPARE -> commissionAt(LitigationCommission.Elements.PREPARE_AGENDA);
      case TASKLIST_LITIGATION_DECISION -> commissionAt(LitigationCommission.Elements.RECORD_DECISION);
      case COMMISSION_FOLLOW_UP -> maintienCaseWithACommissionDecision();
      default -> caseAwaitingObjectives();
    };
  }

  /** A litigation commission convened by the administrator, at its preparation or at its decisions. */
  private String commissionAt(String step) {
    if (step.equals(LitigationCommission.Elements.RECORD_DECISION)) {
      maintienCaseOverTheArrearsThreshold();
    }
    ResponseEntity<String> started = rest.post(ADMIN, PASSWORD, definition(LitigationCommission.KEY) + "/start",
        Map.of("variables", typed(Map.of(LitigationCommission.Vars.SESSION_DATE,
            LocalDate.now().plusDays(30).toString()))));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String commission = EngineRestClient.json(started.getBody()).get("id").asText();
    rest.runAsyncSteps(commission);
    if (step.equals(LitigationCommission.Elements.RECORD_DECISION)) {
      rest.complete(commission, LitigationCommission.Elements.PREPARE_AGENDA,
          Map.of(LitigationCommission.Vars.PREPARATION_DECISION, "AGENDA_AS_BUILT"));
    }
    return commission;
  }

  private String maintienCaseOverTheArrearsThreshold() {
    Map<String, Object> alert = alert(List.of("ARREARS"));
    alert.put("arrearsAmountEur", 2400);
    alert.put("arrearsMonths", 5);
    ResponseEntity<String> response = rest.post("agence.roubaix", PASSWORD, "/api/maintien/alerts", alert);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    String instance = EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    return instance;
  }

  /** A Roubaix maintien case that received the commission's decision: its agency's follow-up task is open. */
  private String maintienCaseWithACommissionDecision() {
    String instance = maintienCaseOverTheArrearsThreshold();
    ResponseEntity<String> sent = rest.post(ADMIN, PASSWORD, "/engine-rest/message", Map.of(
        "messageName", LitigationCommission.MESSAGE_DECISION, "processInstanceId", instance,
        "processVariables", typed(Map.of(LitigationCommission.Vars.LITIGATION_DECISION, "PAYMENT_PLAN"))));
    assertThat(sent.getStatusCode().is2xxSuccessful()).as(sent.getBody()).isTrue();
    return instance;
  }

  /** A VISA case whose dwelling is signed: the partner's objectives task is open. */
  private String caseAwaitingObjectives() {
    String instance = caseWithAPendingStep(TERRITORIES.get(casesWithADwelling++ % TERRITORIES.size()));
    rest.runAsyncSteps(instance);
    String dwelling = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText())
        .get(0).get("value").asText();
    rest.complete(instance, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    rest.complete(instance, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED"));
    rest.complete(instance, SIGN_CONTRACT, Map.of());
    return instance;
  }

  /** A VISA referral whose first asynchronous step has not run yet. */
  private String caseWithAPendingStep(String territory) {
    Map<String, Object> referral = referral();
    referral.put("territoryCode", territory);
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/api/referrals", referral);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
  }

  private String objectivesTask(String instance) {
    return rest.task(instance, AGREE_OBJECTIVES).get("id").asText();
  }

  private static String definition(String key) {
    return "/engine-rest/process-definition/key/" + key;
  }

  private static Map<String, Object> referral() {
    return new HashMap<>(Map.of("householdReference", household(), "partnerCode", "VISA", "territoryCode",
        "LILLE", "householdSize", 2, "dependants", 1, "annualResourcesEur", 14000,
        "priorityCategories", List.of("LEAVING_SHELTER"), "consentToAccompaniment", true));
  }

  private static Map<String, Object> alert(Object troubleKinds) {
    return new HashMap<>(Map.of("householdReference", household(), "dwellingReference", "ROU-BAV-07",
        "territoryCode", "ROUBAIX_TOURCOING", "arrearsAmountEur", 900, "arrearsMonths", 2,
        "troubleKinds", troubleKinds));
  }

  private static String household() {
    return "WMW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value",
        value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : value)));
    return variables;
  }

  private ResponseEntity<String> put(String person, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(person, PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
  }
}
