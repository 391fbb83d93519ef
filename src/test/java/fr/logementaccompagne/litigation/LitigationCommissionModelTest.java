package fr.logementaccompagne.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.litigation.LitigationCommission.Elements;
import fr.logementaccompagne.process.litigation.LitigationCommission.LitigationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.PreparationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.support.ModelTestEngine;
import fr.logementaccompagne.support.ModelTestFakes;
import fr.logementaccompagne.support.ProcessDriver;
import fr.logementaccompagne.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The litigation commission's diagram alone (ADR 19): its paths with fake delegates and a fake agenda, carrying the
 * 100 % coverage gate of {@code litigation-commission}. What the delegates do to the store (the agenda's criteria,
 * the decision reaching the maintien case) is {@link LitigationCommissionProcessTest}'s.
 */
@Deployment(resources = "processes/litigation-commission.bpmn")
class LitigationCommissionModelTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ModelTestEngine.withFullCoverageGate(LitigationCommissionModelTest.class);

  ProcessEngine processEngine;
  ProcessDriver driver;
  ModelTestFakes fakes;

  /** The files the fake agenda puts before the commission. */
  List<String> agendaFiles = List.of();
  /** Each forwarded decision, as "case reference: decision". */
  final List<String> forwarded = new ArrayList<>();

  /** Stands for {@code litigationAgenda}: the diagram asks it for the files of the commission. */
  public class FakeAgenda {
    public List<String> filesOf(Long commissionId) {
      assertThat(commissionId).isEqualTo(7L);
      return agendaFiles;
    }
  }

  @BeforeEach
  void registerFakes() {
    driver = new ProcessDriver(processEngine);
    fakes = ModelTestFakes.install(processEngine);
    fakes.register("litigationSettings", new LitigationSettings());
    fakes.register("litigationAgenda", new FakeAgenda());
    fakes.register("commissionOpening", (JavaDelegate) execution -> execution.setVariable(Vars.COMMISSION_ID, 7L));
    fakes.register("decisionForwarding", (JavaDelegate) execution -> forwarded.add(
        execution.getVariable(Vars.AGENDA_FILE) + ": " + execution.getVariable(Vars.LITIGATION_DECISION)));
    fakes.recordCalls("agendaPreparation", "commissionClosing");
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
  void theScheduleConvenesACommissionTwiceAYear() {
    Job schedule = processEngine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(LitigationCommission.KEY).singleResult();
    assertThat(schedule).as("timer of the start event").isNotNull();

    processEngine.getManagementService().executeJob(schedule.getId());

    ProcessInstance convened = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LitigationCommission.KEY).singleResult();
    assertThat(convened).isWaitingAtExactly(Elements.BUILD_AGENDA);
  }

  @Test
  void eachFileOfTheAgendaGetsItsDecisionForwardedToItsCase() {
    agendaFiles = List.of("MNT-2026-000001", "MNT-2026-000002");
    ProcessInstance commission = convenedAndPrepared();

    List<Task> decisions = processEngine.getTaskService().createTaskQuery()
        .processInstanceId(commission.getId()).taskDefinitionKey(Elements.RECORD_DECISION).list();
    assertThat(decisions).hasSize(2);
    decisions.forEach(task -> processEngine.getTaskService().complete(task.getId(), Map.of(
        Vars.LITIGATION_DECISION, decisionFor(task))));
    driver.runJobs(commission);

    assertThat(forwarded).containsExactlyInAnyOrder("MNT-2026-000001: PAYMENT_PLAN",
        "MNT-2026-000002: REFER_CCAPEX");
    assertThat(commission).hasPassed(Elements.CLOSE_COMMISSION, Elements.END_COMMISSION_HELD).isEnded();
    assertThat(fakes.calls("commissionClosing")).isEqualTo(1);
  }

  @Test
  void anEmptyAgendaClosesTheCommissionWithoutDecision() {
    ProcessInstance commission = convenedAndPrepared();

    driver.runJobs(commission);

    assertThat(commission).hasNotPassed(Elements.RECORD_DECISION).hasPassed(Elements.END_COMMISSION_HELD).isEnded();
    assertThat(forwarded).isEmpty();
  }

  private ProcessInstance convenedAndPrepared() {
    ProcessInstance commission = processEngine.getRuntimeService().startProcessInstanceByKey(LitigationCommission.KEY,
        TestData.caseReference("CDC"), Map.of(Vars.SESSION_DATE, "2027-03-29"));
    driver.executeJob(commission, Elements.BUILD_AGENDA);
    driver.complete(commission, Elements.PREPARE_AGENDA,
        Map.of(Vars.PREPARATION_DECISION, PreparationDecision.AGENDA_AS_BUILT.name()));
    driver.executeJob(commission, Elements.APPLY_PREPARATION);
    assertThat(fakes.calls("agendaPreparation")).isEqualTo(1);
    return commission;
  }

  private String decisionFor(Task task) {
    Object file = processEngine.getTaskService().getVariable(task.getId(), Vars.AGENDA_FILE);
    return ("MNT-2026-000001".equals(file) ? LitigationDecision.PAYMENT_PLAN : LitigationDecision.REFER_CCAPEX).name();
  }
}
