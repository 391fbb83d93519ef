package fr.logementaccompagne.maintien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.litigation.LitigationCommission.LitigationDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.process.maintien.MaintienPathway.ConsentDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.DiagnosticConclusion;
import fr.logementaccompagne.process.maintien.MaintienPathway.Elements;
import fr.logementaccompagne.process.maintien.MaintienPathway.FinalOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.OrderOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.ProgressDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.process.OverlapDecision;
import fr.logementaccompagne.support.ModelTestEngine;
import fr.logementaccompagne.support.ModelTestFakes;
import fr.logementaccompagne.support.ProcessDriver;
import fr.logementaccompagne.support.TestData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code maintien-pathway}, the diagram alone: fake delegates, the real decision table
 * {@code accompaniment-scale}, and the purchase-order call activity replaced by a one-step process that answers
 * what each test needs ({@link PurchaseOrderModelTest} covers the real one). What the delegates do to the domain
 * store is tested on the whole application ({@link MaintienPathwayApplicationTest}).
 *
 * <p>This class is the coverage gate of {@code maintien-pathway}: it fails after its last test when its tests together
 * covered less than 100 % of it.
 */
@Deployment(resources = {"processes/maintien-pathway.bpmn", "processes/accompaniment-scale.dmn"})
class MaintienPathwayModelTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.withFullCoverageGate(MaintienPathwayModelTest.class,
      MaintienPathway.PURCHASE_ORDER_KEY);

  ProcessEngine processEngine;
  ProcessDriver driver;
  ModelTestFakes fakes;
  String purchaseOrderStub;

  boolean overlapFound;
  /** What the purchase orders answer, in order; COMMITTED once the list is used up. */
  List<OrderOutcome> orderOutcomes = new ArrayList<>();
  /** The inputs each purchase order received. */
  List<Map<String, Object>> orders = new ArrayList<>();

  @BeforeEach
  void registerFakes() {
    driver = new ProcessDriver(processEngine);
    fakes = ModelTestFakes.install(processEngine);
    fakes.register("maintienTimers", new MaintienTimers());
    fakes.register("alertRegistration", (JavaDelegate) execution -> {
      execution.setVariable(Vars.CASE_REFERENCE, execution.getProcessBusinessKey());
      execution.setVariable(Vars.HOUSEHOLD_ID, execution.getVariable(Vars.HOUSEHOLD_REFERENCE));
      execution.setVariable(Vars.BASIN_CODE, "ROUBAIX_TOURCOING");
    });
    fakes.register("overlapCheck", (JavaDelegate) execution -> execution.setVariable("overlapFound", overlapFound));
    fakes.register("consentReminder", (JavaDelegate) execution -> execution.setVariable(Vars.CONSENT_REMINDERS,
        1 + (Integer) execution.getVariables().getOrDefault(Vars.CONSENT_REMINDERS, 0)));
    fakes.register("diagnosticRecording", (TaskListener) task -> task.getExecution().setVariable(
        Vars.DIFFICULTY_TOTAL, Vars.DIFFICULTIES.stream()
            .mapToInt(difficulty -> (Integer) task.getVariable(difficulty)).sum()));
    fakes.register("purchaseOrderStub", (JavaDelegate) execution -> {
      orders.add(new HashMap<>(execution.getVariables()));
      OrderOutcome outcome = orderOutcomes.isEmpty() ? OrderOutcome.COMMITTED : orderOutcomes.remove(0);
      execution.setVariable(Vars.ORDER_OUTCOME, outcome.name());
      execution.setVariable(Vars.PROVIDER_CODE, "AFEJI");
      execution.setVariable(Vars.PURCHASE_ORDER_NUMBER, "BC-" + orders.size());
    });
    fakes.recordCalls("maintienOutcome");
    purchaseOrderStub = processEngine.getRepositoryService().createDeployment()
        .addModelInstance("purchase-order-stub.bpmn", Bpmn.createExecutableProcess(MaintienPathway.PURCHASE_ORDER_KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent().serviceTask().camundaDelegateExpression("${purchaseOrderStub}").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void removeStubAndFakes() {
    processEngine.getRepositoryService().deleteDeployment(purchaseOrderStub, true);
    fakes.uninstall();
  }

  @Test
  void coverageOfThisClassIsRecorded() {
    assertThat(ModelTestFakes.coverageIsRecorded(processEngine)).isTrue();
  }

  @Test
  void aMeasureAlreadyInPlaceStopsTheCase() {
    overlapFound = true;
    ProcessInstance instance = alert();
    driver.runJobs(instance);
    assertThat(instance).isWaitingAtExactly(Elements.COORDINATE_OVERLAP);
    driver.complete(instance, Elements.COORDINATE_OVERLAP, Map.of(Vars.OVERLAP_DECISION, OverlapDecision.STOP.name()));

    assertThat(instance).hasPassed(Elements.END_SUPERPOSITION_AVOIDED).isEnded();
    assertThat(fakes.outcomeOf(instance)).isEqualTo("SUPERPOSITION_AVOIDED");
    assertThat(orders).isEmpty();
  }

  @Test
  void unansweredConsentIsRemindedThenEscalatedAndARefusalOrdersNothing() {
    overlapFound = true;
    ProcessInstance instance = alert();
    driver.runJobs(instance);
    driver.complete(instance, Elements.COORDINATE_OVERLAP,
        Map.of(Vars.OVERLAP_DECISION, OverlapDecision.CONTINUE.name()));
    assertThat(instance).isWaitingAtExactly(Elements.OBTAIN_CONSENT);

    driver.fireTimer(instance, Elements.CONSENT_REMINDER_DUE);
    driver.runJobs(instance);
    assertThat(instance).hasPassed(Elements.SEND_CONSENT_REMINDER).isWaitingAtExactly(Elements.OBTAIN_CONSENT)
        .variables().containsEntry(Vars.CONSENT_REMINDERS, 1);
    driver.fireTimer(instance, Elements.CONSENT_ESCALATION_DUE);
    driver.complete(instance, Elements.ESCALATE_CONSENT, Map.of());
    assertThat(instance).hasPassed(Elements.ESCALATE_CONSENT).isWaitingAtExactly(Elements.OBTAIN_CONSENT);

    driver.complete(instance, Elements.OBTAIN_CONSENT, Map.of(Vars.CONSENT_DECISION, ConsentDecision.REFUSED.name()));
    assertThat(instance).hasPassed(Elements.END_CONSENT_REFUSED).isEnded();
    assertThat(fakes.outcomeOf(instance)).isEqualTo("CONSENT_REFUSED");
    assertThat(orders).isEmpty();
  }

  @Test
  void aLitigationCommissionDecisionReachesTheOpenCaseWhichGoesOn() {
    ProcessInstance instance = consented();

    processEngine.getRuntimeService().createMessageCorrelation(LitigationCommission.MESSAGE_DECISION)
        .processInstanceId(instance.getId())
        .setVariable(LitigationCommission.Vars.LITIGATION_DECISION, LitigationDecision.PAYMENT_PLAN.name())
        .correlate();
    assertThat(instance).isWaitingAt(Elements.PERFORM_DIAGNOSTIC, LitigationCommission.Elements.APPLY_DECISION);
    driver.complete(instance, LitigationCommission.Elements.APPLY_DECISION,
        Map.of(LitigationCommission.Vars.FOLLOW_UP_ACTION, "Plan d'apurement signé"));

    assertThat(instance).hasPassed(LitigationCommission.Elements.APPLY_DECISION)
        .isWaitingAtExactly(Elements.PERFORM_DIAGNOSTIC);
  }

  @Test
  void aLateDiagnosticIsFollowedUpAndMayConcludeWithoutAccompaniment() {
    ProcessInstance instance = consented();
    assertThat(instance).isWaitingAtExactly(Elements.PERFORM_DIAGNOSTIC)
        .variables().containsEntry(Vars.DIAGNOSTIC_PROVIDER_CODE, "AFEJI");
    driver.fireTimer(instance, Elements.DIAGNOSTIC_LATE);
    driver.complete(instance, Elements.FOLLOW_UP_LATE_DIAGNOSTIC, Map.of());
    driver.complete(instance, Elements.PERFORM_DIAGNOSTIC, diagnostic(DiagnosticConclusion.NO_ACCOMPANIMENT, 0));

    assertThat(instance).hasPassed(Elements.FOLLOW_UP_LATE_DIAGNOSTIC, Elements.END_NO_ACCOMPANIMENT).isEnded();
    assertThat(fakes.outcomeOf(instance)).isEqualTo("NO_ACCOMPANIMENT");
    assertThat(orders).singleElement().satisfies(order -> assertThat(order).containsEntry(Vars.LOT_NUMBER, 1L));
  }

  @Test
  void standardAccompanimentOnLotTwoWithReportsUntilTheFinalReport() {
    ProcessInstance instance = consented();
    driver.complete(instance, Elements.PERFORM_DIAGNOSTIC, diagnostic(DiagnosticConclusion.STANDARD_ACCOMPANIMENT, 1));
    assertThat(instance).hasPassed(Elements.DETERMINE_SCALE, Elements.ORDER_ACCOMPANIMENT)
        .isWaitingAtExactly(Elements.PROGRESS_REPORT_DUE)
        .variables().containsEntry(Vars.ACCOMPANIMENT_PROVIDER_CODE, "AFEJI");
    assertThat(orders.get(1)).containsEntry(Vars.LOT_NUMBER, 2L);
    assertThat(orders.get(1).get(Vars.ORDER_AMOUNT_EUR)).hasToString("1800");

    driver.fireTimer(instance, Elements.PROGRESS_REPORT_DUE);
    driver.complete(instance, Elements.PROGRESS_REPORT,
        Map.of(Vars.PROGRESS_DECISION, ProgressDecision.CONTINUE.name()));
    driver.fireTimer(instance, Elements.PROGRESS_REPORT_DUE);
    driver.complete(instance, Elements.PROGRESS_REPORT, Map.of(Vars.PROGRESS_DECISION, ProgressDecision.FINISH.name()));
    driver.completeAndRunJobs(instance, Elements.FINAL_REPORT,
        Map.of(Vars.FINAL_OUTCOME, FinalOutcome.REFERRED_COMMON_LAW.name()));

    assertThat(instance).hasPassed(Elements.RECORD_OUTCOME, Elements.END_CASE_CLOSED).isEnded();
    assertThat(fakes.calls("maintienOutcome")).isEqualTo(1);
  }

  @Test
  void aRefusedDiagnosticOrderEndsTheCaseUnfunded() {
    orderOutcomes.add(OrderOutcome.REFUSED);
    ProcessInstance instance = consented();

    assertThat(instance).hasPassed(Elements.END_DIAGNOSTIC_NOT_FUNDED).hasNotPassed(Elements.PERFORM_DIAGNOSTIC)
        .isEnded();
    assertThat(fakes.outcomeOf(instance)).isEqualTo("NOT_FUNDED");
  }

  @Test
  void psychiatricAccompanimentIsOrderedOnLotThreeAndARefusedOrderEndsTheCaseUnfunded() {
    orderOutcomes.addAll(List.of(OrderOutcome.COMMITTED, OrderOutcome.REFUSED));
    ProcessInstance instance = consented();
    driver.complete(instance, Elements.PERFORM_DIAGNOSTIC,
        diagnostic(DiagnosticConclusion.PSYCHIATRIC_ACCOMPANIMENT, 3));

    assertThat(orders.get(1)).containsEntry(Vars.LOT_NUMBER, 3L);
    assertThat(orders.get(1).get(Vars.ORDER_AMOUNT_EUR)).hasToString("4800");
    assertThat(instance).hasPassed(Elements.END_ACCOMPANIMENT_NOT_FUNDED).isEnded();
    assertThat(fakes.outcomeOf(instance)).isEqualTo("NOT_FUNDED");
  }

  // ---------------------------------------------------------------------------------------------------------

  ProcessInstance alert() {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(MaintienPathway.KEY,
        TestData.caseReference("MNT"), TestData.alert().toVariables());
    assertThat(instance).hasPassed(Elements.REGISTER_ALERT, Elements.CHECK_OVERLAP);
    return instance;
  }

  ProcessInstance consented() {
    ProcessInstance instance = alert();
    driver.runJobs(instance);
    assertThat(instance).hasNotPassed(Elements.COORDINATE_OVERLAP).isWaitingAtExactly(Elements.OBTAIN_CONSENT);
    driver.complete(instance, Elements.OBTAIN_CONSENT, Map.of(Vars.CONSENT_DECISION, ConsentDecision.ACCEPTED.name()));
    return instance;
  }

  static Map<String, Object> diagnostic(DiagnosticConclusion conclusion, int eachDifficulty) {
    return TestData.diagnostic(conclusion, eachDifficulty);
  }
}
