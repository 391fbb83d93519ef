package fr.logementaccompagne.maintien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.process.maintien.MaintienPathway.BudgetDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.Elements;
import fr.logementaccompagne.process.maintien.MaintienPathway.OrderOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.support.ModelTestEngine;
import fr.logementaccompagne.support.ModelTestFakes;
import fr.logementaccompagne.support.ProcessDriver;
import fr.logementaccompagne.support.TestData;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code maintien-purchase-order}, the diagram alone, started as the pathway's call activities start
 * it: the order delegate is a fake that finds the envelope short or not, the budget arbitration decides. The budget
 * rules themselves are tested on the database ({@code PurchaseOrderRulesTest}). Coverage gate: 100 % of the process.
 */
@Deployment(resources = "processes/maintien-purchase-order.bpmn")
class PurchaseOrderModelTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.withFullCoverageGate(PurchaseOrderModelTest.class);

  ProcessEngine processEngine;
  ProcessDriver driver;
  ModelTestFakes fakes;

  /** Whether this year's envelope covers the order. */
  boolean envelopeSufficient = true;

  @BeforeEach
  void registerFakes() {
    driver = new ProcessDriver(processEngine);
    fakes = ModelTestFakes.install(processEngine);
    fakes.register("maintienTimers", new MaintienTimers());
    fakes.register("purchaseOrder", (JavaDelegate) execution -> {
      boolean approved = BudgetDecision.APPROVE_OVER_ENVELOPE.name().equals(execution.getVariable(
          Vars.BUDGET_DECISION));
      boolean committed = envelopeSufficient || approved;
      execution.setVariable(Vars.ORDER_OUTCOME,
          (committed ? OrderOutcome.COMMITTED : OrderOutcome.AWAITING_ARBITRATION).name());
      if (committed) {
        execution.setVariable(Vars.PROVIDER_CODE, "AFEJI");
        execution.setVariable(Vars.PURCHASE_ORDER_NUMBER, "BC-1");
      }
    });
    fakes.register("orderRefusal", (JavaDelegate) execution ->
        execution.setVariable(Vars.ORDER_OUTCOME, OrderOutcome.REFUSED.name()));
  }

  @AfterEach
  void removeFakes() {
    fakes.uninstall();
  }

  @Test
  void coverageOfThisClassIsRecorded() {
    assertThat(ModelTestFakes.coverageIsRecorded(processEngine)).isTrue();
  }

  @Test
  void anOrderWithinTheEnvelopeIsCommitted() {
    ProcessInstance order = order();
    driver.runJobs(order);

    assertThat(order).hasPassed(Elements.END_ORDER_COMMITTED).hasNotPassed(Elements.BUDGET_ARBITRATION).isEnded();
  }

  @Test
  void aShortEnvelopeGoesToTheManagerWhoMayPostponeThenApprove() {
    envelopeSufficient = false;
    ProcessInstance order = order();
    driver.runJobs(order);
    assertThat(order).isWaitingAtExactly(Elements.BUDGET_ARBITRATION);
    driver.complete(order, Elements.BUDGET_ARBITRATION, Map.of(Vars.BUDGET_DECISION, BudgetDecision.POSTPONE.name()));
    assertThat(order).isWaitingAtExactly(Elements.POSTPONEMENT_OVER);
    driver.fireTimer(order, Elements.POSTPONEMENT_OVER);
    driver.runJobs(order);
    assertThat(order).isWaitingAtExactly(Elements.BUDGET_ARBITRATION);
    driver.completeAndRunJobs(order, Elements.BUDGET_ARBITRATION,
        Map.of(Vars.BUDGET_DECISION, BudgetDecision.APPROVE_OVER_ENVELOPE.name()));

    assertThat(order).hasPassed(Elements.END_ORDER_COMMITTED).hasNotPassed(Elements.RECORD_REFUSAL).isEnded();
  }

  @Test
  void aRefusedOrderIsRecordedAsRefused() {
    envelopeSufficient = false;
    ProcessInstance order = order();
    driver.runJobs(order);
    driver.completeAndRunJobs(order, Elements.BUDGET_ARBITRATION,
        Map.of(Vars.BUDGET_DECISION, BudgetDecision.REFUSE.name()));

    assertThat(order).hasPassed(Elements.RECORD_REFUSAL, Elements.END_ORDER_REFUSED).isEnded();
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(order.getId()).variableName(Vars.ORDER_OUTCOME).singleResult().getValue())
        .isEqualTo(OrderOutcome.REFUSED.name());
  }

  ProcessInstance order() {
    return processEngine.getRuntimeService().startProcessInstanceByKey(MaintienPathway.PURCHASE_ORDER_KEY,
        TestData.caseReference("MNT"), Map.of(Vars.CASE_REFERENCE, "MNT-2026-000001", Vars.LOT_NUMBER, 1,
            Vars.TERRITORY_CODE, "ROUBAIX_TOURCOING", Vars.BASIN_CODE, "ROUBAIX_TOURCOING"));
  }
}
