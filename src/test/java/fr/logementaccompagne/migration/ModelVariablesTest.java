package fr.logementaccompagne.migration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.ModelerDeployment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a version's steps read and write, and which of them lie ahead of a case (the dry run's "variable missing"). */
class ModelVariablesTest {

  static final String DIAGRAM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <bpmn:process id="p" isExecutable="true">
          <bpmn:startEvent id="Start" />
          <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Task_Before" />
          <bpmn:userTask id="Task_Before" name="Avant" camunda:candidateGroups="partner-${partnerCode}" />
          <bpmn:sequenceFlow id="f2" sourceRef="Task_Before" targetRef="Task_Review" />
          <bpmn:userTask id="Task_Review" name="Revue" camunda:formRef="review" camunda:formRefBinding="deployment" />
          <bpmn:sequenceFlow id="f3" sourceRef="Task_Review" targetRef="Gateway_Amount" />
          <bpmn:exclusiveGateway id="Gateway_Amount" name="Montant ?" />
          <bpmn:sequenceFlow id="f4" sourceRef="Gateway_Amount" targetRef="Sub_Follow">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${arrearsEur &gt; arrearsLimit and decision == 'GO'}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
          <bpmn:sequenceFlow id="f5" sourceRef="Gateway_Amount" targetRef="End">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${!budget.allows(execution, 'reserveEur')}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
          <bpmn:subProcess id="Sub_Follow" name="Suivi">
            <bpmn:startEvent id="Sub_Start" />
            <bpmn:sequenceFlow id="s1" sourceRef="Sub_Start" targetRef="Task_Follow" />
            <bpmn:userTask id="Task_Follow" name="Suivre" camunda:dueDate="${followDelay}" />
            <bpmn:sequenceFlow id="s2" sourceRef="Task_Follow" targetRef="Sub_End" />
            <bpmn:endEvent id="Sub_End" />
          </bpmn:subProcess>
          <bpmn:sequenceFlow id="f6" sourceRef="Sub_Follow" targetRef="Task_After" />
          <bpmn:serviceTask id="Task_After" name="Après" camunda:delegateExpression="${closure}">
            <bpmn:extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="closedOn">${execution.getVariable('closingDate')}</camunda:inputParameter>
            </camunda:inputOutput></bpmn:extensionElements>
          </bpmn:serviceTask>
          <bpmn:sequenceFlow id="f7" sourceRef="Task_After" targetRef="End" />
          <bpmn:endEvent id="End" />
          <bpmn:subProcess id="Sub_Left" triggeredByEvent="true">
            <bpmn:startEvent id="Start_Left"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
            <bpmn:sequenceFlow id="l1" sourceRef="Start_Left" targetRef="Task_Left" />
            <bpmn:userTask id="Task_Left" name="Départ" camunda:assignee="${departureOfficer}" />
          </bpmn:subProcess>
        </bpmn:process>
      </bpmn:definitions>
      """.strip();
  static final String FORM = """
      {"id": "review", "components": [
        {"key": "caseReference", "type": "textfield", "readonly": true},
        {"type": "group", "components": [{"key": "occupancyStatusLabel", "type": "textfield", "readonly": true}]},
        {"key": "decision", "type": "radio"},
        {"key": "arrearsEur", "type": "number"}]}""";

  final ModelVariables model = ModelVariables.of(DIAGRAM.getBytes(StandardCharsets.UTF_8),
      List.of(FORM.getBytes(StandardCharsets.UTF_8)), Set.of("budget", "closure")::contains);

  @Test
  void readsAreExpressionsAndReadOnlyFieldsNeverBeansWordsOrQuotedText() {
    assertThat(model.allReads()).containsExactlyInAnyOrder("partnerCode", "caseReference",
        Vars.OCCUPANCY_STATUS, "arrearsEur", "arrearsLimit", "decision", "followDelay", "closingDate",
        "departureOfficer");
  }

  @Test
  void aConditionIsReadByTheStepTheCaseLeaves() {
    assertThat(model.readsAhead(List.of("Gateway_Amount"))).contains(
        new ModelVariables.Read("arrearsLimit", "Gateway_Amount", "Montant ?"));
  }

  @Test
  void onlyStepsAheadCountAndTheCurrentStepsFormWrites() {
    List<String> ahead = model.readsAhead(List.of("Task_Review")).stream().map(ModelVariables.Read::variable)
        .toList();
    assertThat(ahead).contains("arrearsLimit", "followDelay", "closingDate", "departureOfficer")
        .doesNotContain("partnerCode");
    assertThat(model.writesAhead(List.of("Task_Review"))).contains("decision", "arrearsEur", "closedOn");
    assertThat(model.writesAhead(List.of("Task_Follow"))).doesNotContain("decision")
        .as("a sub-process ends into what follows it").contains("closedOn");
  }

  @Test
  void aScopeTheCaseIsInIsNotEnteredAgain() {
    List<String> ahead = model.readsAhead(List.of("Sub_Follow")).stream()
        .map(ModelVariables.Read::variable).toList();
    assertThat(ahead).contains("closingDate", "departureOfficer").doesNotContain("followDelay");
  }

  @Test
  void theProjectsPathwayReadsTheReviewDecisionItsReviewWrites() {
    Map<String, byte[]> files = ModelerDeployment.diagramWithForms(AccessPathway.KEY + ".bpmn");
    byte[] bpmn = files.remove(AccessPathway.KEY + ".bpmn");
    ModelVariables access = ModelVariables.of(bpmn, files.values(), name -> name.endsWith("Check")
        || Set.of("contractTransition").contains(name));
    assertThat(access.readsAhead(List.of(Elements.PERIODIC_REVIEW))).extracting(ModelVariables.Read::variable)
        .contains(Vars.REVIEW_DECISION);
    assertThat(access.writesAhead(List.of(Elements.PERIODIC_REVIEW))).contains(Vars.REVIEW_DECISION);
    assertThat(access.allReads()).doesNotContain("eligibilityCheck", "overlapCheck");
  }
}
