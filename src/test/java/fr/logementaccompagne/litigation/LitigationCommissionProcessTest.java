package fr.logementaccompagne.litigation;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.process.litigation.LitigationCommission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.logementaccompagne.process.litigation.LitigationCommission.Criterion;
import fr.logementaccompagne.process.litigation.LitigationCommission.LitigationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Elements;
import fr.logementaccompagne.process.litigation.LitigationCommission.PreparationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.reporting.MaintienReportController;
import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import fr.logementaccompagne.support.OwnJvm;
import fr.logementaccompagne.support.ProcessDriver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import fr.logementaccompagne.reporting.CaseTimelineRepository;
import fr.logementaccompagne.security.Caller;

/**
 * The litigation commission (issue 12) on the whole application (H2, real delegates): its agenda built from a
 * seeded store, each criterion on both sides of its line; its preparation; one decision per file reaching the
 * household's case; the schedule's own start. The diagram's coverage gate is
 * {@link LitigationCommissionModelTest}'s; own JVM because the agenda is built from every case of the store.
 */
@H2ApplicationTest
@OwnJvm
class LitigationCommissionProcessTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  CaseReferences caseReferences;
  @Autowired
  LitigationAgenda agenda;
  @Autowired
  MaintienReportController report;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  CaseTimelineRepository timelines;

  ProcessDriver driver;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // --- the store, seeded directly: a case as the maintien pathway leaves it

  private String seededCase(String household, LocalDateTime opened, LocalDateTime closed, String outcome,
                            String finalOutcome, String amount, int months) {
    jdbc.update("INSERT INTO household (reference, territory_code) VALUES (?, 'DOUAI')", household);
    long householdId = jdbc.queryForObject("SELECT id FROM household WHERE reference = ?", Long.class, household);
    return seededCase(householdId, opened, closed, outcome, finalOutcome, amount, months);
  }

  private String seededCase(long householdId, LocalDateTime opened, LocalDateTime closed, String outcome,
                            String finalOutcome, String amount, int months) {
    String reference = caseReferences.next(Pathway.MAINTIEN);
    jdbc.update("""
            INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code, opened_at, closed_at,
                                      outcome, final_outcome)
            VALUES (?, 'MAINTIEN', ?, 'DOUAI', ?, ?, ?, ?)""", reference, householdId, Timestamp.valueOf(opened),
        closed == null ? null : Timestamp.valueOf(closed), outcome, finalOutcome);
    jdbc.update("""
            INSERT INTO maintien_alert (case_reference, dwelling_id, arrears_amount_eur, arrears_months, trouble_kinds)
            VALUES (?, (SELECT id FROM dwelling WHERE reference = 'DOU-STD-01'), ?, ?, 'ARREARS')""",
        reference, new BigDecimal(amount), months);
    return reference;
  }

  private long householdOf(String caseReference) {
    return jdbc.queryForObject("SELECT household_id FROM pathway_case WHERE case_reference = ?", Long.class,
        caseReference);
  }

  private static String tenant() {
    return "LIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A maintien case started as rental management would, waiting for the tenant's consent. */
  private ProcessInstance openCase(String amount, int months) {
    var alert = new MaintienAlert(tenant(), "DOU-STD-01", "DOUAI", new BigDecimal(amount), months,
        List.of("ARREARS"));
    ProcessInstance instance = runtime.startProcessInstanceByKey(MaintienPathway.KEY,
        caseReferences.next(Pathway.MAINTIEN), TypedVariables.engineValues(alert.toVariables()));
    driver.runEveryJob();
    assertThat(instance).isWaitingAt(MaintienPathway.Elements.OBTAIN_CONSENT);
    return instance;
  }

  private static LocalDateTime daysAgo(int days) {
    return LocalDateTime.now(PARIS).minusDays(days);
  }

  // --- the agenda

  @Test
  void theAgendaTakesEachCriterionOnlyPastItsLine() {
    // eviction procedure and refused consent: closed within the last 6 months, not before
    String evictionRecent = seededCase(tenant(), daysAgo(400), daysAgo(170), "COMPLETED", "EVICTION_PROCEDURE",
        "3000", 8);
    String evictionOld = seededCase(tenant(), daysAgo(400), daysAgo(200), "COMPLETED", "EVICTION_PROCEDURE",
        "3000", 8);
    String maintained = seededCase(tenant(), daysAgo(400), daysAgo(10), "COMPLETED", "MAINTAINED", "3000", 8);
    String refusedRecent = seededCase(tenant(), daysAgo(60), daysAgo(20), "CONSENT_REFUSED", null, "100", 1);
    String refusedOld = seededCase(tenant(), daysAgo(400), daysAgo(200), "CONSENT_REFUSED", null, "100", 1);
    // arrears: at least 1,500 EUR and at least 3 months, one euro and one month on each side
    String overBoth = seededCase(tenant(), daysAgo(5), null, null, null, "1501", 3);
    String atAmount = seededCase(tenant(), daysAgo(5), null, null, null, "1500", 4);
    String euroUnder = seededCase(tenant(), daysAgo(5), null, null, null, "1499", 4);
    String monthUnder = seededCase(tenant(), daysAgo(5), null, null, null, "5000", 2);
    String closedOverBoth = seededCase(tenant(), daysAgo(50), daysAgo(40), "NO_ACCOMPANIMENT", null, "5000", 9);
    // flagged again: a new case less than 12 months after the previous one closed, not more
    String previous = seededCase(tenant(), daysAgo(500), daysAgo(300), "COMPLETED", "MAINTAINED", "900", 2);
    String flaggedAgain = seededCase(householdOf(previous), daysAgo(10), null, null, null, "200", 1);
    String longBefore = seededCase(tenant(), daysAgo(900), daysAgo(400), "COMPLETED", "MAINTAINED", "900", 2);
    String flaggedLater = seededCase(householdOf(longBefore), daysAgo(10), null, null, null, "200", 1);
    // consent unanswered: the request has waited longer than 37 days, not less
    ClockUtil.setCurrentTime(Date.from(daysAgo(40).atZone(PARIS).toInstant()));
    ProcessInstance unanswered = openCase("100", 1);
    ClockUtil.setCurrentTime(Date.from(daysAgo(30).atZone(PARIS).toInstant()));
    ProcessInstance stillWaiting = openCase("100", 1);
    ClockUtil.reset();

    Map<String, Set<Criterion>> selection = agenda.selection();

    assertThat(selection.get(evictionRecent)).containsExactly(Criterion.EVICTION_PROCEDURE);
    assertThat(selection.get(refusedRecent)).containsExactly(Criterion.CONSENT_REFUSED);
    assertThat(selection.get(overBoth)).containsExactly(Criterion.ARREARS_OVER_THRESHOLD);
    assertThat(selection.get(atAmount)).containsExactly(Criterion.ARREARS_OVER_THRESHOLD);
    assertThat(selection.get(flaggedAgain)).containsExactly(Criterion.FLAGGED_AGAIN);
    assertThat(selection.get(unanswered.getBusinessKey())).containsExactly(Criterion.CONSENT_UNANSWERED);
    assertThat(selection).doesNotContainKeys(evictionOld, maintained, refusedOld, euroUnder, monthUnder,
        closedOverBoth, previous, longBefore, flaggedLater, stillWaiting.getBusinessKey());

    var file = agenda.describe(flaggedAgain, EnumSet.of(Criterion.FLAGGED_AGAIN)).orElseThrow();
    assertThat(LitigationAgenda.line(file)).contains(flaggedAgain, "Douai", "impayés de 200,00 € sur 1 mois",
        "nouveau signalement");
    var waiting = agenda.describe(unanswered.getBusinessKey(), EnumSet.of(Criterion.CONSENT_UNANSWERED))
        .orElseThrow();
    assertThat(waiting.stage()).isEqualTo("En cours : Recueillir le consentement libre du locataire");
    assertThat(agenda.describe(evictionRecent, Set.of()).orElseThrow().stage()).contains("procédure d'expulsion");
  }

  @Test
  void thePsychiatricAccompanimentShowsOnTheAgendaAsAnAccompanimentOnly() {
    String reference = seededCase(tenant(), daysAgo(300), daysAgo(30), "COMPLETED", "EVICTION_PROCEDURE", "2000",
        6);
    jdbc.update("""
            INSERT INTO accompaniment_measure (household_id, kind, provider, source, start_date, end_date, case_reference)
            VALUES (?, 'MAINTIEN_PSYCHIATRIC', 'SOLIHA', 'INTERNAL', ?, ?, ?)""", householdOf(reference),
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), reference);
    var file = agenda.describe(reference, Set.of()).orElseThrow();
    assertThat(file.measures()).containsExactly("Accompagnement (maintien) depuis le 05/01/2026 jusqu'au 30/06/2026");
    assertThat(String.join(" ", file.measures()) + file.stage()).doesNotContainIgnoringCase("psych");
  }

  // --- the process

  private void asManager() {
    identity.setAuthentication("responsable", List.of(Groups.MANAGERS));
  }

  private ProcessInstance convene(LocalDate session) {
    asManager();
    try {
      return runtime.startProcessInstanceByKey(LitigationCommission.KEY,
          Map.of(Vars.SESSION_DATE, session.toString()));
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task task(ProcessInstance commission, String key) {
    return tasks.createTaskQuery().processInstanceId(commission.getId()).taskDefinitionKey(key).singleResult();
  }

  private Task decisionTaskFor(ProcessInstance commission, String file) {
    return tasks.createTaskQuery().processInstanceId(commission.getId()).taskDefinitionKey(Elements.RECORD_DECISION)
        .list().stream().filter(t -> file.equals(tasks.getVariable(t.getId(), Vars.AGENDA_FILE)))
        .findFirst().orElseThrow();
  }

  private void decide(ProcessInstance commission, String file, LitigationDecision decision) {
    tasks.complete(decisionTaskFor(commission, file).getId(), Map.of(Vars.LITIGATION_DECISION, decision.name(),
        Vars.DECISION_NOTE, "Décision motivée en séance"));
  }

  private void decideTheRest(ProcessInstance commission, LitigationDecision decision) {
    for (Task open : tasks.createTaskQuery().processInstanceId(commission.getId())
        .taskDefinitionKey(Elements.RECORD_DECISION).list()) {
      tasks.complete(open.getId(), Map.of(Vars.LITIGATION_DECISION, decision.name()));
    }
    driver.runEveryJob();
  }

  private String decisionOf(ProcessInstance commission, String file) {
    return jdbc.queryForObject("""
            SELECT f.decision FROM litigation_file f JOIN litigation_commission c ON c.id = f.commission_id
            WHERE c.process_instance_id = ? AND f.case_reference = ?""", String.class, commission.getId(), file);
  }

  @Test
  void eachDecisionReachesTheHouseholdsCase() {
    Map<LitigationDecision, ProcessInstance> openCases = new HashMap<>();
    for (LitigationDecision decision : LitigationDecision.values()) {
      openCases.put(decision, openCase("2500", 5));
    }
    String evicted = seededCase(tenant(), daysAgo(300), daysAgo(30), "COMPLETED", "EVICTION_PROCEDURE", "4000",
        10);
    String pursued = seededCase(tenant(), daysAgo(300), daysAgo(30), "COMPLETED", "EVICTION_PROCEDURE", "4000",
        10);
    String addedByTheUnit = seededCase(tenant(), daysAgo(300), daysAgo(30), "COMPLETED", "MAINTAINED", "400", 1);
    String removedByTheUnit = seededCase(tenant(), daysAgo(300), daysAgo(30), "CONSENT_REFUSED", null, "400", 1);

    LocalDate session = LocalDate.now(PARIS).plusDays(10);
    ProcessInstance commission = convene(session);
    driver.runEveryJob();
    assertThat(commission).isWaitingAt(Elements.PREPARE_AGENDA).task().hasCandidateGroup(Groups.LITIGATION);
    String number = (String) runtime.getVariable(commission.getId(), Vars.COMMISSION_NUMBER);
    assertThat(number).matches("CDC-\\d{4}-\\d{2}").isEqualTo(runtime.createProcessInstanceQuery()
        .processInstanceId(commission.getId()).singleResult().getBusinessKey());
    assertThat(runtime.getVariable(commission.getId(), Vars.SESSION_DATE)).isEqualTo(session.toString());
    assertThat((String) runtime.getVariable(commission.getId(), Vars.AGENDA_SUMMARY))
        .contains(evicted, removedByTheUnit, openCases.get(LitigationDecision.POSTPONE).getBusinessKey())
        .doesNotContain(addedByTheUnit);

    String prepare = task(commission, Elements.PREPARE_AGENDA).getId();
    Map<String, Object> change = new HashMap<>(Map.of(Vars.PREPARATION_DECISION,
        PreparationDecision.AGENDA_CHANGED.name(), Vars.FILES_TO_ADD, addedByTheUnit + ", MNT-1999-999999",
        Vars.FILES_TO_REMOVE, removedByTheUnit, Vars.PREPARATION_REASON, "Relogement en cours"));
    assertThatThrownBy(() -> tasks.complete(prepare, change)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("MNT-1999-999999");
    change.put(Vars.FILES_TO_ADD, addedByTheUnit);
    change.remove(Vars.PREPARATION_REASON);
    assertThatThrownBy(() -> tasks.complete(prepare, change)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(Vars.PREPARATION_REASON);
    change.put(Vars.PREPARATION_REASON, "Dette reprise ; relogement en cours pour l'autre");
    tasks.complete(prepare, change);
    driver.runEveryJob();

    assertThat(commission).isWaitingAt(Elements.RECORD_DECISION);
    List<String> examined = tasks.createTaskQuery().processInstanceId(commission.getId())
        .taskDefinitionKey(Elements.RECORD_DECISION).list().stream()
        .map(t -> (String) tasks.getVariable(t.getId(), Vars.AGENDA_FILE)).toList();
    assertThat(examined).contains(addedByTheUnit, evicted, pursued).doesNotContain(removedByTheUnit);
    assertThatThrownBy(() -> tasks.complete(decisionTaskFor(commission, evicted).getId(),
        Map.of(Vars.LITIGATION_DECISION, "EXPULSER"))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(Vars.LITIGATION_DECISION);

    openCases.forEach((decision, maintien) -> decide(commission, maintien.getBusinessKey(), decision));
    decide(commission, evicted, LitigationDecision.MAINTAIN_ACCOMPANIMENT);
    decide(commission, pursued, LitigationDecision.PURSUE_PROCEDURE);
    driver.runEveryJob();
    decideTheRest(commission, LitigationDecision.POSTPONE);

    assertThat(commission).isEnded().hasPassed(Elements.CLOSE_COMMISSION, Elements.END_COMMISSION_HELD);
    openCases.forEach((decision, maintien) -> {
      assertThat(maintien).isWaitingAt(MaintienPathway.Elements.OBTAIN_CONSENT, Elements.APPLY_DECISION)
          .variables().containsEntry(Vars.LITIGATION_DECISION, decision.name());
      assertThat(decisionOf(commission, maintien.getBusinessKey())).isEqualTo(decision.name());
    });
    // the evicted household's new case starts again at the overlap check and the tenant's consent
    String reopened = jdbc.queryForObject("SELECT forwarded_to FROM litigation_file WHERE case_reference = ?",
        String.class, evicted);
    assertThat(reopened).startsWith("MNT-").isNotEqualTo(evicted);
    ProcessInstance newCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reopened)
        .singleResult();
    assertThat(newCase).isWaitingAt(MaintienPathway.Elements.OBTAIN_CONSENT);
    assertThat(householdOf(reopened)).isEqualTo(householdOf(evicted));
    assertThat(jdbc.queryForObject("SELECT forwarded_to FROM litigation_file WHERE case_reference = ?",
        String.class, pursued)).isNull();
    assertThat(decisionOf(commission, pursued)).isEqualTo("PURSUE_PROCEDURE");

    asManager();
    var figures = report.figures(session.getYear()).litigation();
    assertThat(figures.commissionsHeld()).isPositive();
    assertThat(figures.decisions()).containsKeys("MAINTAIN_ACCOMPANIMENT", "PAYMENT_PLAN", "REFER_CCAPEX",
        "PURSUE_PROCEDURE", "POSTPONE");
  }

  /** Convenes a commission, keeps its agenda as built, decides {@code file} and postpones every other file. */
  private String holdCommission(LocalDate session, String file, LitigationDecision decision) {
    ProcessInstance commission = convene(session);
    driver.runEveryJob();
    tasks.complete(task(commission, Elements.PREPARE_AGENDA).getId(),
        Map.of(Vars.PREPARATION_DECISION, PreparationDecision.AGENDA_AS_BUILT.name()));
    driver.runEveryJob();
    assertThat(decisionTaskFor(commission, file).getName())
        .as("Tasklist names the file, not the commission").endsWith(" · " + file);
    decide(commission, file, decision);
    driver.runEveryJob();
    decideTheRest(commission, LitigationDecision.POSTPONE);
    assertThat(commission).isEnded();
    return jdbc.queryForObject("SELECT commission_number FROM litigation_commission WHERE process_instance_id = ?",
        String.class, commission.getId());
  }

  @Test
  void aSecondCommissionsDecisionJoinsTheFirstInsteadOfReplacingIt() {
    ProcessInstance maintien = openCase("2500", 5);
    String file = maintien.getBusinessKey();
    String first = holdCommission(LocalDate.now(PARIS).plusDays(10), file, LitigationDecision.PAYMENT_PLAN);
    String second = holdCommission(LocalDate.now(PARIS).plusDays(12), file, LitigationDecision.REFER_CCAPEX);
    assertThat(second).isNotEqualTo(first);

    // the agency has one follow-up per commission, each showing its own commission's decision
    List<Task> followUps = tasks.createTaskQuery().processInstanceId(maintien.getId())
        .taskDefinitionKey(Elements.APPLY_DECISION).list();
    assertThat(followUps).extracting(t -> tasks.getVariable(t.getId(), Vars.COMMISSION_NUMBER) + " "
            + tasks.getVariable(t.getId(), Vars.LITIGATION_DECISION))
        .containsExactlyInAnyOrder(first + " PAYMENT_PLAN", second + " REFER_CCAPEX");
    assertThat(jdbc.queryForList("""
            SELECT c.commission_number || ' ' || f.decision FROM litigation_file f
            JOIN litigation_commission c ON c.id = f.commission_id WHERE f.case_reference = ?
            ORDER BY c.session_date""", String.class, file))
        .containsExactly(first + " PAYMENT_PLAN", second + " REFER_CCAPEX");
    assertThat(timelines.ofProcessInstance(maintien.getId(), new Caller("responsable", List.of(Groups.MANAGERS)))
        .orElseThrow().events()).extracting(CaseTimelineRepository.Event::title)
        .contains("Commission du contentieux " + first + " : Plan d'apurement",
            "Commission du contentieux " + second + " : Saisir la CCAPEX");
  }

  @Test
  void onlyAManagerConvenesACommissionByHandForAComingSession() {
    identity.setAuthentication("agence.lille", List.of(Groups.agency("LILLE")));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(LitigationCommission.KEY,
        Map.of(Vars.SESSION_DATE, LocalDate.now(PARIS).plusDays(10).toString())))
        .isInstanceOf(AuthorizationException.class);
    asManager();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(LitigationCommission.KEY,
        Map.of(Vars.SESSION_DATE, LocalDate.now(PARIS).minusDays(1).toString())))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("passée");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(LitigationCommission.KEY, Map.of()))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.SESSION_DATE);
    identity.clearAuthentication();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(LitigationCommission.KEY).active()
        .list()).allMatch(instance -> instance.getBusinessKey() != null);
  }

  @Test
  void theScheduleConvenesTheCommissionOn15MarchAnd15October() {
    Job schedule = management.createJobQuery().timers().activityId(Elements.START).singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(schedule.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(15);
    assertThat(due.getMonth()).isIn(Month.MARCH, Month.OCTOBER);
    assertThat(due.getHour()).isEqualTo(6);

    management.executeJob(schedule.getId());
    ProcessInstance commission = runtime.createProcessInstanceQuery().processDefinitionKey(LitigationCommission.KEY)
        .orderByProcessInstanceId().desc().list().stream()
        .filter(instance -> tasks.createTaskQuery().processInstanceId(instance.getId()).count() == 0)
        .findFirst().orElseThrow();
    driver.runEveryJob();
    assertThat(commission).hasPassed(Elements.START).isWaitingAt(Elements.PREPARE_AGENDA);
    assertThat(runtime.getVariable(commission.getId(), Vars.SESSION_DATE))
        .isEqualTo(LocalDate.now(PARIS).plusDays(21).toString());
    tasks.complete(task(commission, Elements.PREPARE_AGENDA).getId(),
        Map.of(Vars.PREPARATION_DECISION, PreparationDecision.AGENDA_AS_BUILT.name()));
    driver.runEveryJob();
    decideTheRest(commission, LitigationDecision.POSTPONE);
    assertThat(commission).isEnded();
  }
}
