package fr.logementaccompagne.maintien;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of {@code maintien-pathway} and of the {@code maintien-purchase-order} it calls, on the whole
 * application (H2, real delegates, real DMN), each asynchronous step and timer run explicitly. The class is a
 * coverage gate: it fails when its tests together cover less than 100% of those two processes (report in
 * target/process-test-coverage/).
 */
@H2ApplicationTest
@Import({MaintienPathwayProcessTest.CoverageGate.class, ProcessEngineCoverageConfiguration.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MaintienPathwayProcessTest {

  @TestConfiguration
  static class CoverageGate {

    @Bean
    @Primary
    ProcessEngineCoverageProperties maintienCoverageGate(RepositoryService repositoryService) {
      String[] otherProcesses = repositoryService.createProcessDefinitionQuery().list().stream()
          .map(ProcessDefinition::getKey)
          .filter(key -> !key.equals(MaintienPathway.KEY) && !key.equals(MaintienPathway.PURCHASE_ORDER_KEY))
          .distinct().toArray(String[]::new);
      return ProcessEngineCoverageProperties.builder()
          .excludeProcessDefinitionKeys(otherProcesses)
          .assertClassCoverageAtLeast(1.0)
          .build();
    }
  }

  static final int YEAR = Year.now().getValue();

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  CaseReferences caseReferences;
  @Autowired
  HouseholdRepository households;
  @Autowired
  AccompanimentMeasureRepository measures;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    setRemaining("500000");
  }

  @AfterEach
  void reset() {
    BpmnAwareTests.reset();
  }

  /** What is left on this year's envelope. */
  private void setRemaining(String remaining) {
    jdbc.update("UPDATE budget_envelope SET committed_eur = amount_eur - ? WHERE budget_year = ?",
        new BigDecimal(remaining), YEAR);
  }

  private ProcessInstance alert() {
    String tenant = "PT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var alert = new MaintienAlert(tenant, "DOU-STD-01", "DOUAI", new BigDecimal("1200"), 3, List.of("ARREARS"));
    ProcessInstance instance = runtime.startProcessInstanceByKey(MaintienPathway.KEY,
        caseReferences.next(Pathway.MAINTIEN), alert.toVariables());
    assertThat(instance).hasPassed(Elements.REGISTER_ALERT).isWaitingAt(Elements.CHECK_OVERLAP);
    return instance;
  }

  private String tenantOf(ProcessInstance instance) {
    return (String) runtime.getVariable(instance.getId(), Vars.HOUSEHOLD_ID);
  }

  private void runJobs(ProcessInstance instance) {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().messages().list()).isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
        .singleResult();
    management.executeJob(timer.getId());
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId();
    tasks.complete(taskId, variables);
    runJobs(instance);
  }

  private ProcessInstance orderOf(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
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
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.DIAGNOSTIC_CONCLUSION, conclusion.name());
    for (String area : List.of("Health", "Employment", "Behaviour", "Finances", "Environment")) {
      variables.put("difficulty" + area, eachDifficulty);
    }
    return variables;
  }

  private int ordersOf(ProcessInstance instance) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE case_reference = ?", Integer.class,
        instance.getBusinessKey());
  }

  private String outcomeOf(ProcessInstance instance) {
    return jdbc.queryForObject("SELECT outcome FROM pathway_case WHERE case_reference = ?", String.class,
        instance.getBusinessKey());
  }

  /** Without the coverage parse listener the library only warns; this makes a missing gate fail. */
  @Test
  void coverageOfThisClassIsRecorded() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getCustomPostBPMNParseListeners())
        .hasAtLeastOneElementOfType(ElementCoverageParseListener.class);
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
    ProcessInstance instance = alert();
    measures.open(households.idOf(tenantOf(instance)).orElseThrow(), MeasureKind.AVDL, "Association AVDL",
        AccompanimentMeasureRepository.DECLARED, LocalDate.now().minusMonths(2), null, null);
    runJobs(instance);
    assertThat(instance).isWaitingAt(Elements.COORDINATE_OVERLAP);
    complete(instance, Elements.COORDINATE_OVERLAP, Map.of(Vars.OVERLAP_DECISION, OverlapDecision.STOP.name(),
        "overlapReason", "Déjà accompagné par l'AVDL"));
    assertThat(instance).isEnded().hasPassed(Elements.END_SUPERPOSITION_AVOIDED);
    assertThat(outcomeOf(instance)).isEqualTo("SUPERPOSITION_AVOIDED");
    assertThat(ordersOf(instance)).isZero();
  }

  @Test
  void unansweredConsentIsRemindedThenEscalatedAndARefusalOrdersNothing() {
    ProcessInstance instance = alert();
    measures.open(households.idOf(tenantOf(instance)).orElseThrow(), MeasureKind.MASP, "Département du Nord",
        AccompanimentMeasureRepository.DECLARED, LocalDate.now().minusMonths(1), null, null);
    runJobs(instance);
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
