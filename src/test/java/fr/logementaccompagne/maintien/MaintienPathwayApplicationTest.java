package fr.logementaccompagne.maintien;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.process.maintien.MaintienPathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.logementaccompagne.household.AccompanimentMeasureRepository;
import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.household.MeasureKind;
import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.maintien.MaintienPathway.BudgetDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.ConsentDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.DiagnosticConclusion;
import fr.logementaccompagne.process.maintien.MaintienPathway.Elements;
import fr.logementaccompagne.process.maintien.MaintienPathway.FinalOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.ProgressDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.process.OverlapDecision;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.ProcessDriver;
import fr.logementaccompagne.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The paths of {@code maintien-pathway} and of the {@code maintien-purchase-order} it calls, on the whole
 * application (H2, real delegates, real decision table, the demo's markets and envelope): what each step does to the
 * domain store (orders, amounts, envelope, case outcomes). The diagrams' coverage gates are
 * {@link MaintienPathwayModelTest} and {@link PurchaseOrderModelTest}, which run without the application.
 */
@H2ApplicationTest
class MaintienPathwayApplicationTest {

  static final int YEAR = Year.now().getValue();

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  CaseReferences caseReferences;
  @Autowired
  HouseholdRepository households;
  @Autowired
  AccompanimentMeasureRepository measures;
  @Autowired
  JdbcTemplate jdbc;

  ProcessDriver driver;
  /** This year's committed amount before the test: put back after it, other classes share the database. */
  BigDecimal committedBefore;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    driver = new ProcessDriver(engine);
    committedBefore = jdbc.queryForObject("SELECT committed_eur FROM budget_envelope WHERE budget_year = ?",
        BigDecimal.class, YEAR);
    setRemaining("500000");
  }

  @AfterEach
  void reset() {
    BpmnAwareTests.reset();
    jdbc.update("UPDATE budget_envelope SET committed_eur = ? WHERE budget_year = ?", committedBefore, YEAR);
  }

  /** What is left on this year's envelope. */
  private void setRemaining(String remaining) {
    jdbc.update("UPDATE budget_envelope SET committed_eur = amount_eur - ? WHERE budget_year = ?",
        new BigDecimal(remaining), YEAR);
  }

  private ProcessInstance alert() {
    return alert(TestData.householdReference("PT"));
  }

  /** The overlap check runs as the alert starts the case: a measure must be in place before, as in real life. */
  private ProcessInstance alert(String household) {
    var alert = TestData.alert().household(household).dwelling("DOU-STD-01", "DOUAI")
        .arrears("1200", 3, "ARREARS");
    ProcessInstance instance = runtime.startProcessInstanceByKey(MaintienPathway.KEY,
        caseReferences.next(Pathway.MAINTIEN), TypedVariables.engineValues(alert.toVariables()));
    assertThat(instance).hasPassed(Elements.REGISTER_ALERT, Elements.CHECK_OVERLAP);
    return instance;
  }

  private String tenantOf(ProcessInstance instance) {
    return (String) runtime.getVariable(instance.getId(), Vars.HOUSEHOLD_ID);
  }

  private void runJobs(ProcessInstance instance) {
    driver.runJobs(instance);
  }

  private void fireTimer(ProcessInstance instance, String activityId) {
    driver.fireTimer(instance, activityId);
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    driver.completeAndRunJobs(instance, taskKey, variables);
  }

  private ProcessInstance orderOf(ProcessInstance instance) {
    return driver.calledBy(instance);
  }

  private void completeOrder(ProcessInstance order, String taskKey, Map<String, Object> variables) {
    complete(order, taskKey, variables);
  }

  private ProcessInstance consented() {
    ProcessInstance instance = alert();
    runJobs(instance);
    assertThat(instance).hasPassed(Elements.CHECK_OVERLAP).isWaitingAt(Elements.OBTAIN_CONSENT);
    complete(instance, Elements.OBTAIN_CONSENT, Map.of(Vars.CONSENT_DECISION, ConsentDecision.ACCEPTED.name()));
    return instance;
  }

  private static Map<String, Object> diagnostic(DiagnosticConclusion conclusion, int eachDifficulty) {
    return TestData.diagnostic(conclusion, eachDifficulty);
  }

  private int ordersOf(ProcessInstance instance) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE case_reference = ?", Integer.class,
        instance.getBusinessKey());
  }

  private String outcomeOf(ProcessInstance instance) {
    return jdbc.queryForObject("SELECT outcome FROM pathway_case WHERE case_reference = ?", String.class,
        instance.getBusinessKey());
  }

  @Test
  void aLitigationCommissionDecisionReachesTheOpenCaseWhichGoesOn() {
    ProcessInstance instance = alert();
    runJobs(instance);
    assertThat(instance).isWaitingAt(Elements.OBTAIN_CONSENT);
    runtime.createMessageCorrelation(LitigationCommission.MESSAGE_DECISION).processInstanceId(instance.getId())
        .setVariable(LitigationCommission.Vars.LITIGATION_DECISION, "PAYMENT_PLAN").correlateWithResult();
    assertThat(instance).isWaitingAt(Elements.OBTAIN_CONSENT, LitigationCommission.Elements.APPLY_DECISION);
    assertThat(instance).task(LitigationCommission.Elements.APPLY_DECISION).hasCandidateGroup("agency-DOUAI");
    complete(instance, LitigationCommission.Elements.APPLY_DECISION,
        Map.of(LitigationCommission.Vars.FOLLOW_UP_ACTION, "Plan d'apurement signé le 02/12/2026"));
    assertThat(instance).hasPassed(LitigationCommission.Elements.APPLY_DECISION).isWaitingAt(Elements.OBTAIN_CONSENT);
  }

  @Test
  void aCommonLawMeasureAlreadyInPlaceStopsTheCase() {
    String household = TestData.householdReference("PT");
    measures.open(households.ensureTenant(household, "DOUAI"), MeasureKind.AVDL, "Association AVDL",
        AccompanimentMeasureRepository.DECLARED, LocalDate.now().minusMonths(2), null, null);
    ProcessInstance instance = alert(household);
    assertThat(instance).isWaitingAt(Elements.COORDINATE_OVERLAP);
    complete(instance, Elements.COORDINATE_OVERLAP, Map.of(Vars.OVERLAP_DECISION, OverlapDecision.STOP.name(),
        "overlapReason", "Déjà accompagné par l'AVDL"));
    assertThat(instance).isEnded().hasPassed(Elements.END_SUPERPOSITION_AVOIDED);
    assertThat(outcomeOf(instance)).isEqualTo("SUPERPOSITION_AVOIDED");
    assertThat(ordersOf(instance)).isZero();
  }

  @Test
  void unansweredConsentIsRemindedThenEscalatedAndARefusalOrdersNothing() {
    String household = TestData.householdReference("PT");
    measures.open(households.ensureTenant(household, "DOUAI"), MeasureKind.MASP, "Département du Nord",
        AccompanimentMeasureRepository.DECLARED, LocalDate.now().minusMonths(1), null, null);
    ProcessInstance instance = alert(household);
    complete(instance, Elements.COORDINATE_OVERLAP, Map.of(Vars.OVERLAP_DECISION, OverlapDecision.CONTINUE.name(),
        "overlapReason", "MASP centrée sur le budget, pas sur le logement"));
    assertThat(instance).isWaitingAt(Elements.OBTAIN_CONSENT);

    fireTimer(instance, Elements.CONSENT_REMINDER_DUE);
    runJobs(instance);
    assertThat(instance).hasPassed(Elements.SEND_CONSENT_REMINDER).isWaitingAt(Elements.OBTAIN_CONSENT);
    assertThat(runtime.getVariable(instance.getId(), Vars.CONSENT_REMINDERS)).isEqualTo(1);
    fireTimer(instance, Elements.CONSENT_ESCALATION_DUE);
    complete(instance, Elements.ESCALATE_CONSENT, Map.of("escalationAction", "Visite à domicile"));
    assertThat(instance).hasPassed(Elements.ESCALATE_CONSENT).isWaitingAt(Elements.OBTAIN_CONSENT);

    complete(instance, Elements.OBTAIN_CONSENT, Map.of(Vars.CONSENT_DECISION, ConsentDecision.REFUSED.name()));
    assertThat(instance).isEnded().hasPassed(Elements.END_CONSENT_REFUSED);
    assertThat(outcomeOf(instance)).isEqualTo("CONSENT_REFUSED");
    assertThat(ordersOf(instance)).isZero();
  }

  @Test
  void aLateDiagnosticIsFollowedUpAndMayConcludeWithoutAccompaniment() {
    ProcessInstance instance = consented();
    assertThat(instance).isWaitingAt(Elements.PERFORM_DIAGNOSTIC);
    assertThat(runtime.getVariable(instance.getId(), Vars.DIAGNOSTIC_PROVIDER_CODE)).isEqualTo("AFEJI");
    fireTimer(instance, Elements.DIAGNOSTIC_LATE);
    complete(instance, Elements.FOLLOW_UP_LATE_DIAGNOSTIC, Map.of("followUpAction", "Relance téléphonique"));
    complete(instance, Elements.PERFORM_DIAGNOSTIC, diagnostic(DiagnosticConclusion.NO_ACCOMPANIMENT, 0));
    assertThat(instance).isEnded().hasPassed(Elements.FOLLOW_UP_LATE_DIAGNOSTIC, Elements.END_NO_ACCOMPANIMENT);
    assertThat(ordersOf(instance)).isEqualTo(1);
  }

  @Test
  void standardAccompanimentWithReportsUntilTheFinalReport() {
    ProcessInstance instance = consented();
    complete(instance, Elements.PERFORM_DIAGNOSTIC, diagnostic(DiagnosticConclusion.STANDARD_ACCOMPANIMENT, 1));
    assertThat(instance).hasPassed(Elements.DETERMINE_SCALE, Elements.ORDER_ACCOMPANIMENT)
        .isWaitingAt(Elements.PROGRESS_REPORT_DUE);
    assertThat(runtime.getVariable(instance.getId(), Vars.ACCOMPANIMENT_PROVIDER_CODE)).isEqualTo("AFEJI");
    fireTimer(instance, Elements.PROGRESS_REPORT_DUE);
    complete(instance, Elements.PROGRESS_REPORT, Map.of(Vars.PROGRESS_DECISION, ProgressDecision.CONTINUE.name()));
    fireTimer(instance, Elements.PROGRESS_REPORT_DUE);
    complete(instance, Elements.PROGRESS_REPORT, Map.of(Vars.PROGRESS_DECISION, ProgressDecision.FINISH.name()));
    complete(instance, Elements.FINAL_REPORT, Map.of(Vars.FINAL_OUTCOME, FinalOutcome.REFERRED_COMMON_LAW.name()));
    assertThat(instance).isEnded().hasPassed(Elements.RECORD_OUTCOME, Elements.END_CASE_CLOSED);
    assertThat(jdbc.queryForList("SELECT lot_number, amount_eur, status FROM purchase_order WHERE case_reference = ?"
        + " ORDER BY lot_number", instance.getBusinessKey()))
        .extracting(row -> row.get("LOT_NUMBER") + "/" + ((BigDecimal) row.get("AMOUNT_EUR")).intValue() + "/"
            + row.get("STATUS"))
        .containsExactly("1/900/COMPLETED", "2/1800/COMPLETED");
  }

  @Test
  void aShortEnvelopeGoesToTheManagerWhoMayApproveOrPostpone() {
    setRemaining("100");
    ProcessInstance instance = consented();
    ProcessInstance order = orderOf(instance);
    assertThat(order).isWaitingAt(Elements.BUDGET_ARBITRATION);
    assertThat(ordersOf(instance)).isZero();
    completeOrder(order, Elements.BUDGET_ARBITRATION, Map.of(Vars.BUDGET_DECISION, BudgetDecision.POSTPONE.name()));
    assertThat(order).isWaitingAt(Elements.POSTPONEMENT_OVER);
    fireTimer(order, Elements.POSTPONEMENT_OVER);
    runJobs(order);
    assertThat(order).isWaitingAt(Elements.BUDGET_ARBITRATION);
    completeOrder(order, Elements.BUDGET_ARBITRATION, Map.of(Vars.BUDGET_DECISION,
        BudgetDecision.APPROVE_OVER_ENVELOPE.name(), "arbitrationReason", "Expulsion imminente"));
    assertThat(order).isEnded().hasPassed(Elements.END_ORDER_COMMITTED);
    assertThat(instance).isWaitingAt(Elements.PERFORM_DIAGNOSTIC);
    assertThat(jdbc.queryForObject("SELECT status FROM purchase_order WHERE case_reference = ?", String.class,
        instance.getBusinessKey())).isEqualTo("OVER_ENVELOPE");

    complete(instance, Elements.PERFORM_DIAGNOSTIC, diagnostic(DiagnosticConclusion.PSYCHIATRIC_ACCOMPANIMENT, 2));
    ProcessInstance accompanimentOrder = orderOf(instance);
    assertThat(accompanimentOrder).isWaitingAt(Elements.BUDGET_ARBITRATION);
    completeOrder(accompanimentOrder, Elements.BUDGET_ARBITRATION,
        Map.of(Vars.BUDGET_DECISION, BudgetDecision.REFUSE.name()));
    assertThat(accompanimentOrder).isEnded().hasPassed(Elements.RECORD_REFUSAL, Elements.END_ORDER_REFUSED);
    assertThat(instance).isEnded().hasPassed("End_AccompanimentNotFunded");
    assertThat(outcomeOf(instance)).isEqualTo("NOT_FUNDED");
  }

  @Test
  void aRefusedDiagnosticOrderEndsTheCaseUnfunded() {
    setRemaining("0");
    ProcessInstance instance = consented();
    completeOrder(orderOf(instance), Elements.BUDGET_ARBITRATION,
        Map.of(Vars.BUDGET_DECISION, BudgetDecision.REFUSE.name()));
    assertThat(instance).isEnded().hasPassed(Elements.END_DIAGNOSTIC_NOT_FUNDED);
    assertThat(ordersOf(instance)).isZero();
  }

  @Test
  void psychiatricAccompanimentIsOrderedOnLotThree() {
    ProcessInstance instance = consented();
    complete(instance, Elements.PERFORM_DIAGNOSTIC, diagnostic(DiagnosticConclusion.PSYCHIATRIC_ACCOMPANIMENT, 3));
    assertThat(instance).isWaitingAt(Elements.PROGRESS_REPORT_DUE);
    assertThat(jdbc.queryForObject("SELECT amount_eur FROM purchase_order WHERE case_reference = ? AND lot_number = 3",
        BigDecimal.class, instance.getBusinessKey())).isEqualByComparingTo("4800");
  }
}
