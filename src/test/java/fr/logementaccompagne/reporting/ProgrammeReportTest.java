package fr.logementaccompagne.reporting;

import fr.logementaccompagne.support.OwnJvm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.WebappSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each figure of the programme report on a seeded set of cases whose right answers are written here (on 15/06/2027),
 * then the scopes (manager, coordinator, agency, partner, provider) and the CSV over {@code /api/reports/programme}.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnJvm
class ProgrammeReportTest {

  static final int YEAR = 2027;
  static final LocalDate TODAY = LocalDate.of(2027, 6, 15);
  static final Caller MANAGER = new Caller("responsable", List.of("managers"));

  @Autowired
  ProgrammeReports reports;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TestRestTemplate http;

  @BeforeAll
  void seed() {
    ReportSeed seed = new ReportSeed(jdbc);
    // hosting entered 6 months and 1 day ago without a review: one day late; 6 months ago to the day: on time
    String lateReview = seed.accessCase("VISA", "LILLE", LocalDate.of(2026, 11, 1), true, "CHRS_HORS_LES_MURS");
    seed.contract(lateReview, "HOSTING", LocalDate.of(2026, 12, 14), null);
    String onTime = seed.accessCase("VISA", "LILLE", LocalDate.of(2026, 11, 1), true, "CHRS_HORS_LES_MURS");
    seed.contract(onTime, "HOSTING", LocalDate.of(2026, 12, 15), null);
    // sliding leases of 23 and 25 months, reviewed on time; the first one's prefect notice falls on 01/07/2027
    String sliding23 = seed.accessCase("ARMEE_DU_SALUT", "ROUBAIX_TOURCOING", LocalDate.of(2024, 12, 1), true,
        "WATTRELOS_BECK_AVELIN");
    seed.contract(sliding23, "HOSTING", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 7, 15));
    seed.contract(sliding23, "SLIDING_LEASE", LocalDate.of(2025, 7, 15), null);
    seed.review(sliding23, LocalDate.of(2027, 3, 1), "IMPROVING");
    String sliding25 = seed.accessCase("ARMEE_DU_SALUT", "ROUBAIX_TOURCOING", LocalDate.of(2025, 4, 1), true,
        "WATTRELOS_BECK_AVELIN");
    seed.contract(sliding25, "SLIDING_LEASE", LocalDate.of(2025, 5, 15), null);
    seed.review(sliding25, LocalDate.of(2027, 5, 1), "IMPROVING");
    // referred 10/01/2027, entered 10/03/2027: 59 days
    String entered = seed.accessCase("VISA", "LILLE", LocalDate.of(2027, 1, 10), true, "CHRS_HORS_LES_MURS");
    seed.contract(entered, "HOSTING", LocalDate.of(2027, 3, 10), null);
    // hosting 62 days, sliding lease 89 days, now in direct lease
    String direct = seed.accessCase("APF", "DUNKERQUE", LocalDate.of(2026, 11, 1), true, "APF_HABITAT_INCLUSIF");
    seed.contract(direct, "HOSTING", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1));
    seed.contract(direct, "SLIDING_LEASE", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 1));
    seed.contract(direct, "DIRECT_LEASE", LocalDate.of(2027, 5, 1), null);
    // waiting for a dwelling for 10 days
    seed.accessCase("VISA", "LILLE", LocalDate.of(2027, 6, 5), false, null);

    String maintained = seed.maintienCase("LILLE", LocalDate.of(2027, 4, 1), "MAINTAINED");
    seed.maintienCase("ROUBAIX_TOURCOING", LocalDate.of(2027, 5, 1), "EVICTION_PROCEDURE");
    seed.maintienCase("LILLE", LocalDate.of(2026, 5, 1), "LEFT");
    String inDiagnostic = seed.maintienCase("LILLE", null, null);
    seed.order(inDiagnostic, 1, "SOLIHA", "LILLE", YEAR, 900);
    seed.order(maintained, 2, "SOLIHA", "LILLE", 2026, 2400);
    seed.maintienCase("DUNKERQUE", null, null);

    // the motor-disability quota of 2027 (target 10) reached exactly, through cases closed long ago
    for (int i = 0; i < 10; i++) {
      seed.quotaAttribution(YEAR, "MOTOR_DISABILITY", seed.maintienCase("DUNKERQUE", LocalDate.of(2026, 1, 2), null),
          LocalDate.of(2027, 2, 1));
    }
  }

  private ProgrammeReport report(Caller caller) {
    return reports.of(YEAR, TODAY, caller);
  }

  private static List<Map<String, Object>> rows(ProgrammeReport report, String table) {
    return report.table(table).orElseThrow(() -> new AssertionError("no table " + table)).rows();
  }

  private static Map<String, Object> row(ProgrammeReport report, String table, String key, Object value) {
    return rows(report, table).stream().filter(row -> value.equals(row.get(key))).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + "=" + value + " in " + rows(report, table)));
  }

  @Test
  void aQuotaReachedExactlyHasNothingLeftAndIsStillWithinReach() {
    Map<String, Object> motor = row(report(MANAGER), "quotas", "target", 10);
    assertThat(motor).containsEntry("used", 10).containsEntry("remaining", 0).containsEntry("withinReach", true)
        .containsEntry("monthsLeft", 6);
    Map<String, Object> hosting = row(report(MANAGER), "quotas", "target", 30);
    assertThat(hosting).containsEntry("used", 0).containsEntry("remaining", 30);
  }

  @Test
  void agenciesAndCoordinatorsReadTheProgrammesQuotasSaidSoWithTheirOwnShare() {
    ProgrammeReport lille = report(new Caller("agence.lille", List.of("agency-LILLE")));
    ReportTable quotas = lille.table("quotas").orElseThrow();
    assertThat(quotas.title()).isEqualTo("Objectifs annuels d'attribution 2027 (tout le programme)");
    assertThat(quotas.columns()).extracting(ReportTable.Column::label)
        .contains("Attributions (tout le programme)", "dont votre périmètre");
    assertThat(row(lille, "quotas", "target", 10)).containsEntry("used", 10).containsEntry("usedInScope", 0);
    ProgrammeReport dunkerque = report(new Caller("agence.dunkerque", List.of("agency-DUNKERQUE")));
    assertThat(row(dunkerque, "quotas", "target", 10)).containsEntry("used", 10).containsEntry("usedInScope", 10);

    ReportTable whole = report(MANAGER).table("quotas").orElseThrow();
    assertThat(whole.title()).isEqualTo("Objectifs annuels d'attribution 2027");
    assertThat(whole.columns()).extracting(ReportTable.Column::key).doesNotContain("usedInScope");
  }

  @Test
  void householdsPerStatusProgrammeAndPartner() {
    ProgrammeReport report = report(MANAGER);
    assertThat(row(report, "households_by_status", "programme", "CHRS hors les murs"))
        .containsEntry("partner", "VISA").containsEntry("hosting", 3).containsEntry("slidingLease", 0)
        .containsEntry("total", 3);
    assertThat(row(report, "households_by_status", "programme", "Wattrelos, Beck Avelin"))
        .containsEntry("slidingLease", 2).containsEntry("total", 2);
    assertThat(row(report, "households_by_status", "programme", "Habitat inclusif APF"))
        .containsEntry("partner", "APF France handicap").containsEntry("directLease", 1).containsEntry("hosting", 0);
  }

  @Test
  void referralsWaitingForADwellingAndForHowLong() {
    assertThat(rows(report(MANAGER), "waiting_referrals")).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("territory", "Lille").containsEntry("waiting", 1).containsEntry("medianDays", 10.0)
        .containsEntry("longestDays", 10L));
  }

  @Test
  void medianMonthsBetweenTheStepsTakenInTheYear() {
    ProgrammeReport report = report(MANAGER);
    assertThat(rows(report, "median_durations")).extracting(row -> row.get("cases"), row -> row.get("medianMonths"))
        .containsExactly(
            tuple(1, new BigDecimal("1.9")),
            tuple(1, new BigDecimal("2.0")),
            tuple(1, new BigDecimal("2.9")));
  }

  @Test
  void legalRhythmOneDayLateOneOnTimeSlidingLeasesAt23And25Months() {
    ProgrammeReport report = report(MANAGER);
    assertThat(row(report, "legal_rhythm", "indicator", LegalRhythmFiguresRepository.LATE_REVIEW)).containsEntry("cases", 1L);
    assertThat(row(report, "legal_rhythm", "indicator", LegalRhythmFiguresRepository.PREFECT_NOTICE))
        .containsEntry("cases", 1L);
    assertThat(row(report, "legal_rhythm", "indicator", LegalRhythmFiguresRepository.SLIDING_18)).containsEntry("cases", 2L);
    assertThat(row(report, "legal_rhythm", "indicator", LegalRhythmFiguresRepository.SLIDING_24)).containsEntry("cases", 1L);
    assertThat(row(report, "legal_rhythm_cases", "alert", LegalRhythmFiguresRepository.LATE_REVIEW))
        .containsEntry("dueOn", LocalDate.of(2027, 6, 14));
    assertThat(row(report, "legal_rhythm_cases", "alert", LegalRhythmFiguresRepository.PREFECT_NOTICE))
        .containsEntry("dueOn", LocalDate.of(2027, 7, 1));
    assertThat(row(report, "legal_rhythm_cases", "alert", LegalRhythmFiguresRepository.SLIDING_24))
        .containsEntry("dueOn", LocalDate.of(2027, 5, 15));
  }

  @Test
  void anEnvelopeOneOrderShortPaysForNoMoreDiagnostic() {
    ReportSeed seed = new ReportSeed(jdbc);
    seed.envelopeCommitted(YEAR, 499_101);
    assertThat(rows(report(MANAGER), "envelope")).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("remainingEur", new BigDecimal("899.00")).containsEntry("diagnosticsLeft", 0)
        // 499,101 over the first 166 days of 2027, at the same pace over 365 days
        .containsEntry("projectedEur", new BigDecimal("1097421")));
    seed.envelopeCommitted(YEAR, 499_100);
    assertThat(row(report(MANAGER), "envelope", "remainingEur", new BigDecimal("900.00")))
        .containsEntry("diagnosticsLeft", 1);
    seed.envelopeCommitted(YEAR, 0);
  }

  @Test
  void maintienCommittedByLotStagesAndOutcomesBesideThe2013Reference() {
    ProgrammeReport report = report(MANAGER);
    assertThat(rows(report, "committed_by_lot")).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("lot", "Lot 1").containsEntry("territory", "Lille").containsEntry("orders", 1)
        .containsEntry("committedEur", new BigDecimal("900.00")));
    assertThat(rows(report, "maintien_stages")).extracting(row -> row.get("cases")).containsExactly(1, 1, 0);
    assertThat(row(report, "maintien_outcomes", "outcome", "Maintien dans le logement")).containsEntry("cases", 1);
    assertThat(row(report, "maintien_outcomes", "outcome", "Procédure d'expulsion")).containsEntry("cases", 1);
    assertThat(row(report, "maintien_outcomes", "outcome", "Départ du logement")).containsEntry("cases", 0);
    assertThat(row(report, "maintien_outcomes", "outcome", "Expulsions évitées")).containsEntry("cases", 1);
    assertThat(row(report, "maintien_outcomes", "outcome", "Référence 2013 : expulsions"))
        .containsEntry("cases", 17);
  }

  @Test
  void evaluationTrendsPerProgrammeQuarterAndTheme() {
    List<Map<String, Object>> trends = rows(report(MANAGER), "evaluation_trends");
    assertThat(trends).hasSize(8);
    assertThat(trends).filteredOn(row -> "T1 2027".equals(row.get("quarter")) && "Professionnel".equals(row.get("theme")))
        .singleElement().satisfies(row -> assertThat(row).containsEntry("programme", "Wattrelos, Beck Avelin")
            .containsEntry("assessed", 2).containsEntry("improvingPct", new BigDecimal("0.0"))
            .containsEntry("stablePct", new BigDecimal("50.0")).containsEntry("degradingPct", new BigDecimal("50.0")));
    assertThat(trends).filteredOn(row -> "T2 2027".equals(row.get("quarter")) && "Environnemental".equals(row.get("theme")))
        .singleElement().satisfies(row -> assertThat(row).containsEntry("assessed", 2)
            .containsEntry("improvingPct", new BigDecimal("100.0")));
  }

  @Test
  void eachRoleSeesItsScopeOnly() {
    ProgrammeReport agency = report(new Caller("agence.lille", List.of("agency-LILLE")));
    assertThat(rows(agency, "households_by_status")).extracting(row -> row.get("programme"))
        .containsExactly("CHRS hors les murs");
    assertThat(rows(agency, "maintien_stages")).extracting(row -> row.get("cases")).containsExactly(0, 1, 0);
    assertThat(agency.table("quotas")).isPresent();
    assertThat(agency.scope()).isEqualTo("Territoire LILLE");

    ProgrammeReport coordinator = report(new Caller("coord.metropole", List.of("coordinator-METROPOLE")));
    assertThat(rows(coordinator, "households_by_status")).extracting(row -> row.get("programme"))
        .containsExactly("CHRS hors les murs", "Wattrelos, Beck Avelin");
    assertThat(row(coordinator, "maintien_outcomes", "outcome", "Procédure d'expulsion")).containsEntry("cases", 1);

    ProgrammeReport partner = report(new Caller("marie.visa", List.of("partner-VISA")));
    assertThat(rows(partner, "households_by_status")).extracting(row -> row.get("total")).containsExactly(3);
    assertThat(partner.table("quotas")).isEmpty();
    assertThat(partner.table("envelope")).isEmpty();
    assertThat(rows(partner, "maintien_stages")).extracting(row -> row.get("cases")).containsExactly(0, 0, 0);
    assertThat(rows(partner, "legal_rhythm_cases")).extracting(row -> row.get("partner")).containsOnly("VISA");

    ProgrammeReport provider = report(new Caller("presta.soliha", List.of("provider-SOLIHA")));
    assertThat(rows(provider, "households_by_status")).isEmpty();
    assertThat(rows(provider, "maintien_stages")).extracting(row -> row.get("cases")).containsExactly(0, 1, 0);
  }

  @Test
  void theApiAnswersInTheCallersScope() throws Exception {
    JsonNode manager = json(get("responsable", "/api/reports/programme?year=2027", "application/json"));
    assertThat(tableIds(manager)).contains("quotas", "envelope", "households_by_status");
    JsonNode partner = json(get("marie.visa", "/api/reports/programme?year=2027", "application/json"));
    assertThat(tableIds(partner)).doesNotContain("quotas", "envelope").contains("households_by_status");
    assertThat(partner.get("scope").asText()).isEqualTo("Partenaire VISA");
    JsonNode households = table(partner, "households_by_status");
    assertThat(households.get("rows")).hasSize(1);
    assertThat(households.get("rows").get(0).get("partner").asText()).isEqualTo("VISA");
    assertThat(get("responsable", "/api/reports/programme?year=1999", "application/json").getStatusCode().value())
        .isEqualTo(400);
    assertThat(http.getForEntity("/api/reports/programme", String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void oneCsvPerTableThatAFrenchSpreadsheetOpens() {
    ResponseEntity<byte[]> csv = http.exchange("/api/reports/programme?year=2027&table=households_by_status",
        HttpMethod.GET, new HttpEntity<>(headers("agence.lille", "text/csv")), byte[].class);
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    byte[] body = csv.getBody();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(body, StandardCharsets.UTF_8).substring(1);
    assertThat(text.split("\r\n")).containsExactly(
        "Programme;Partenaire;Hébergement;Bail glissant;Bail direct;Total",
        "CHRS hors les murs;VISA;3;0;0;3");

    String rhythm = new String(http.exchange("/api/reports/programme?year=2027&table=legal_rhythm_cases",
        HttpMethod.GET, new HttpEntity<>(headers("responsable", "text/csv")), byte[].class).getBody(),
        StandardCharsets.UTF_8);
    // 4 alerts are due by the real today (02/12/2026 or later): at least the header and dates as dd/mm/yyyy
    assertThat(rhythm.split("\r\n")[0]).isEqualTo("\uFEFFDossier;Partenaire;Territoire;Alerte;Échéance");
    assertThat(rhythm).containsPattern(";\\d{2}/\\d{2}/\\d{4}\r\n");

    assertThat(http.exchange("/api/reports/programme?year=2027&table=quotas", HttpMethod.GET,
        new HttpEntity<>(headers("marie.visa", "text/csv")), String.class).getStatusCode().value()).isEqualTo(400);
    assertThat(http.exchange("/api/reports/programme?year=2027", HttpMethod.GET,
        new HttpEntity<>(headers("responsable", "text/csv")), String.class).getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void theCockpitPluginResourcesUseTheWebappSessionAndTheSameScopes() throws Exception {
    String programme = "/camunda/api/cockpit/plugin/programme-dashboard/default/programme?year=2027";
    HttpHeaders manager = new WebappSession(http, "cockpit").loggedIn("responsable", "demo");
    JsonNode all = json(http.exchange(programme, HttpMethod.GET, new HttpEntity<>(manager), String.class));
    assertThat(all.get("scope").asText()).isEqualTo("Tout le programme");
    assertThat(tableIds(all)).contains("quotas", "envelope");

    HttpHeaders coordinator = new WebappSession(http, "cockpit").loggedIn("coord.metropole", "demo");
    JsonNode basin = json(http.exchange(programme, HttpMethod.GET, new HttpEntity<>(coordinator), String.class));
    assertThat(table(basin, "households_by_status").get("rows").findValuesAsText("programme"))
        .containsExactly("CHRS hors les murs", "Wattrelos, Beck Avelin");

    // a partner has no Cockpit, but its Tasklist session reaches the same resources: its own cases only
    HttpHeaders partner = new WebappSession(http, "tasklist").loggedIn("marie.visa", "demo");
    JsonNode own = json(http.exchange(programme, HttpMethod.GET, new HttpEntity<>(partner), String.class));
    assertThat(own.get("scope").asText()).isEqualTo("Partenaire VISA");
    assertThat(tableIds(own)).doesNotContain("quotas", "envelope");

    ResponseEntity<String> csv = http.exchange(
        "/camunda/api/cockpit/plugin/programme-dashboard/default/programme/maintien_stages.csv?year=2027",
        HttpMethod.GET, new HttpEntity<>(manager), String.class);
    assertThat(csv.getBody()).startsWith("\uFEFFÉtape;Dossiers\r\n");

    assertThat(http.getForEntity(programme, String.class).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(http.getForObject("/camunda/api/cockpit/plugin/programme-dashboard/static/app/plugin.js",
        String.class)).contains("cockpit.dashboard", "cockpit.processInstance.runtime.tab");
  }

  @Test
  void theTimelineTabShowsTheCaseInOrderToThoseWhoMaySeeIt() throws Exception {
    String reference = jdbc.sql("SELECT case_reference FROM occupancy_contract"
        + " WHERE partner_code = 'ARMEE_DU_SALUT' AND status = 'HOSTING'")
        .query(String.class).single();
    jdbc.sql("UPDATE pathway_case SET process_instance_id = 'rpt-instance' WHERE case_reference = :reference")
        .param("reference", reference).update();
    String timeline = "/camunda/api/cockpit/plugin/programme-dashboard/default/cases/rpt-instance/timeline";
    JsonNode manager = json(http.exchange(timeline, HttpMethod.GET,
        new HttpEntity<>(new WebappSession(http, "cockpit").loggedIn("responsable", "demo")), String.class));
    assertThat(manager.get("caseReference").asText()).isEqualTo(reference);
    assertThat(manager.get("events").findValuesAsText("title")).containsSubsequence("Orientation reçue",
        "Hébergement", "Fin : Hébergement", "Bail glissant", "Revue conjointe : Poursuite");
    assertThat(manager.get("events").findValuesAsText("date")).isSorted();
    assertThat(manager.toString()).doesNotContain("need");

    HttpHeaders otherPartner = new WebappSession(http, "tasklist").loggedIn("marie.visa", "demo");
    assertThat(http.exchange(timeline, HttpMethod.GET, new HttpEntity<>(otherPartner), String.class)
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void endedCasesKeepTheirTimelineOnTheProgrammePageInTheCallersScope() throws Exception {
    String plugin = "/camunda/api/cockpit/plugin/programme-dashboard/default/";
    // the seeded cases of this class (MNT-RPT-...): maintained on 01/04/2027, left in 2026
    String maintained = jdbc.sql("SELECT case_reference FROM pathway_case WHERE case_reference LIKE 'MNT-RPT-%'"
        + " AND final_outcome = 'MAINTAINED'").query(String.class).single();
    String closedIn2026 = jdbc.sql("SELECT case_reference FROM pathway_case WHERE case_reference LIKE 'MNT-RPT-%'"
        + " AND final_outcome = 'LEFT'").query(String.class).single();
    HttpHeaders coordinator = new WebappSession(http, "cockpit").loggedIn("coord.metropole", "demo");
    JsonNode ended = json(http.exchange(plugin + "cases/ended?year=" + YEAR, HttpMethod.GET,
        new HttpEntity<>(coordinator), String.class));
    assertThat(ended.findValuesAsText("caseReference")).contains(maintained).doesNotContain(closedIn2026);
    JsonNode line = ended.findParents("caseReference").stream()
        .filter(node -> node.get("caseReference").asText().equals(maintained)).findFirst().orElseThrow();
    assertThat(line.get("closedOn").asText()).isEqualTo("2027-04-01");
    assertThat(line.get("outcome").asText()).isEqualTo("Maintien dans le logement");

    JsonNode timeline = json(http.exchange(plugin + "cases/by-reference/" + maintained + "/timeline",
        HttpMethod.GET, new HttpEntity<>(coordinator), String.class));
    assertThat(timeline.get("closedOn").asText()).isEqualTo("2027-04-01");
    assertThat(timeline.get("events").findValuesAsText("title")).contains("Dossier clos");

    // out of scope answers like unknown: a partner's session, a DUNKERQUE case for the Lille agency
    HttpHeaders partner = new WebappSession(http, "tasklist").loggedIn("marie.visa", "demo");
    assertThat(http.exchange(plugin + "cases/by-reference/" + maintained + "/timeline", HttpMethod.GET,
        new HttpEntity<>(partner), String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(json(http.exchange(plugin + "cases/ended?year=" + YEAR, HttpMethod.GET, new HttpEntity<>(partner),
        String.class)).findValuesAsText("caseReference")).doesNotContain(maintained);
    assertThat(http.exchange(plugin + "cases/by-reference/MNT-UNKNOWN-1/timeline", HttpMethod.GET,
        new HttpEntity<>(coordinator), String.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void agenciesAndCoordinatorsGetNoEngineWideFiguresInCockpitButNoErrorEither() throws Exception {
    String statistics = "/camunda/api/engine/engine/default/process-definition/statistics?rootIncidents=true";
    HttpHeaders coordinator = new WebappSession(http, "cockpit").loggedIn("coord.metropole", "demo");
    ResponseEntity<String> scoped = http.exchange(statistics, HttpMethod.GET, new HttpEntity<>(coordinator),
        String.class);
    assertThat(scoped.getStatusCode().value()).isEqualTo(200);
    assertThat(scoped.getBody()).isEqualTo("[]");
    HttpHeaders manager = new WebappSession(http, "cockpit").loggedIn("responsable", "demo");
    assertThat(http.exchange(statistics, HttpMethod.GET, new HttpEntity<>(manager), String.class)
        .getStatusCode().value()).isEqualTo(200);
    // programs still get the refusal; writes are never answered by the empty list
    assertThat(get("coord.metropole", "/engine-rest/process-definition/statistics", "application/json")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(http.exchange("/camunda/api/engine/engine/default/metrics/activity-instance-start/sum",
        HttpMethod.GET, new HttpEntity<>(coordinator), String.class).getStatusCode().value()).isEqualTo(403);

    String viewer = "/camunda/api/cockpit/plugin/programme-dashboard/default/viewer";
    assertThat(json(http.exchange(viewer, HttpMethod.GET, new HttpEntity<>(coordinator), String.class))
        .get("wholeProgramme").asBoolean()).isFalse();
    assertThat(json(http.exchange(viewer, HttpMethod.GET, new HttpEntity<>(manager), String.class))
        .get("wholeProgramme").asBoolean()).isTrue();
  }

  @Test
  void aPartnerFindsItsOpenCasesInTasklistEvenWithoutATask() throws Exception {
    String cases = "/camunda/api/tasklist/plugin/mes-dossiers/default/cases";
    JsonNode visa = json(http.exchange(cases, HttpMethod.GET,
        new HttpEntity<>(new WebappSession(http, "tasklist").loggedIn("marie.visa", "demo")), String.class));
    assertThat(visa).hasSize(4);
    assertThat(visa.findValuesAsText("status")).containsOnly("Hébergement", "En attente d'un logement");
    JsonNode late = visa.findParents("nextStepDue").stream()
        .filter(line -> "2027-06-14".equals(line.get("nextStepDue").asText())).findFirst().orElseThrow();
    assertThat(late.get("nextStep").asText()).isEqualTo("Revue conjointe");
    JsonNode apf = json(http.exchange(cases, HttpMethod.GET,
        new HttpEntity<>(new WebappSession(http, "tasklist").loggedIn("paul.apf", "demo")), String.class));
    assertThat(apf.findValuesAsText("caseReference")).hasSize(1).doesNotContainAnyElementsOf(
        visa.findValuesAsText("caseReference"));
  }

  @Test
  void partnersOpeningCockpitOrAdminGetAFrenchPageLeadingToTasklist() {
    HttpHeaders partner = new WebappSession(http, "tasklist").loggedIn("marie.visa", "demo");
    partner.set(HttpHeaders.ACCEPT, "text/html");
    for (String app : List.of("cockpit", "admin")) {
      ResponseEntity<String> page = http.exchange("/camunda/app/" + app + "/default/", HttpMethod.GET,
          new HttpEntity<>(partner), String.class);
      assertThat(page.getStatusCode().value()).isEqualTo(403);
      assertThat(page.getBody()).contains("réservée aux équipes du bailleur", "href=\"/camunda/app/tasklist/\"")
          .doesNotContain("Whitelabel");
    }
  }

  private ResponseEntity<String> get(String user, String path, String accept) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user, accept)), String.class);
  }

  private static HttpHeaders headers(String user, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.set(HttpHeaders.ACCEPT, accept);
    return headers;
  }

  private static JsonNode json(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return new ObjectMapper().readTree(response.getBody());
  }

  private static List<String> tableIds(JsonNode report) {
    return report.get("tables").findValuesAsText("id");
  }

  private static JsonNode table(JsonNode report, String id) {
    for (JsonNode table : report.get("tables")) {
      if (table.get("id").asText().equals(id)) {
        return table;
      }
    }
    throw new AssertionError("no table " + id);
  }
}
