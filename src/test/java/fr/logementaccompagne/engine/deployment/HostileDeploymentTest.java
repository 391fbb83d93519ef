package fr.logementaccompagne.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.OwnJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 8, finding 6: an analyst deploys over {@code /engine-rest/deployment/create}; a deployment that would run
 * anything but the project's code is refused with 400 and a French message naming the element, and nothing of it
 * ever runs. The project's own models and a harmless model still deploy and run.
 */
// Own JVM (ADR 19): it redeploys the project's diagrams without their forms, which later classes would start.
@OwnJvm
@H2ApplicationTest
class HostileDeploymentTest {

  static final String ANALYST = "analyste";
  static final String PASSWORD = "demo";
  static final String BPMN_HEADER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          id="Definitions_Test" targetNamespace="http://bpmn.io/schema/bpmn">
        <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
      """;
  static final String BPMN_FOOTER = """
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @AfterEach
  void nothingHostileStoredNorRun() {
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKeyLike("hostile-%").count())
        .isZero();
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("hostile-decision").count())
        .isZero();
    runDueJobs();
    assertThat(identityService.createUserQuery().userId(ANALYST).memberOfGroup("camunda-admin").count())
        .as("the analyst became an administrator").isZero();
  }

  /** What the job executor would do once the timers are due: runs every job, whatever it is. */
  private void runDueJobs() {
    for (Job job : managementService.createJobQuery().list()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException failedJob) {
        // a refused expression makes the job fail; what matters is what it did not do
      }
    }
  }

  static String timerProcess(String key, String taskAttributes) {
    return BPMN_HEADER.formatted(key) + """
          <bpmn:startEvent id="StartEvent_Timer">
            <bpmn:outgoing>Flow_1</bpmn:outgoing>
            <bpmn:timerEventDefinition id="TimerEventDefinition_1">
              <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/PT1S</bpmn:timeCycle>
            </bpmn:timerEventDefinition>
          </bpmn:startEvent>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Timer" targetRef="Task_Hostile" />
          <bpmn:serviceTask id="Task_Hostile" camunda:asyncBefore="true" %s>
            <bpmn:incoming>Flow_1</bpmn:incoming>
            <bpmn:outgoing>Flow_2</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Hostile" targetRef="EndEvent_1" />
          <bpmn:endEvent id="EndEvent_1">
            <bpmn:incoming>Flow_2</bpmn:incoming>
          </bpmn:endEvent>
        """.formatted(taskAttributes) + BPMN_FOOTER;
  }

  ResponseEntity<String> deploy(String user, Map<String, String> resources) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "analyst-" + resources.keySet().iterator().next());
    resources.forEach((name, content) -> body.add(name, new ByteArrayResource(content.getBytes()) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  private void assertRefused(ResponseEntity<String> response, String elementId, String reason) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    String message = EngineRestClient.json(response.getBody()).get("message").asText();
    assertThat(message).startsWith("Déploiement refusé : l'élément " + elementId).contains(reason);
  }

  @Test
  void beanCallOnATimerIsRefusedAndNeverRuns() {
    ResponseEntity<String> response = deploy(ANALYST, Map.of("hostile-bean.bpmn", timerProcess("hostile-bean",
        "camunda:expression=\"${identityService.createMembership('analyste','camunda-admin')}\"")));

    assertRefused(response, "Task_Hostile", "identityService");
    assertThat(managementService.createJobQuery().processDefinitionKey("hostile-bean").count()).isZero();
  }

  @Test
  void engineServicesThroughTheExecutionAreRefused() {
    ResponseEntity<String> response = deploy(ANALYST, Map.of("hostile-execution.bpmn",
        timerProcess("hostile-execution", "camunda:expression=\"${execution.processEngineServices.identityService"
            + ".createMembership('analyste','camunda-admin')}\"")));

    assertRefused(response, "Task_Hostile", "processEngineServices");
  }

  @Test
  void delegateExpressionOnAFrameworkBeanIsRefused() {
    ResponseEntity<String> response = deploy(ANALYST, Map.of("hostile-delegate.bpmn",
        timerProcess("hostile-delegate", "camunda:delegateExpression=\"${dataSource}\"")));

    assertRefused(response, "Task_Hostile", "dataSource");
  }

  /** A message name is an expression the engine evaluates when an execution starts waiting for the message. */
  @Test
  void expressionInAMessageNameIsRefused() {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Test" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:message id="Message_Hostile" name="${identityService.createMembership('analyste','camunda-admin')}" />
          <bpmn:process id="hostile-message" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Timer">
              <bpmn:timerEventDefinition id="TimerEventDefinition_1">
                <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/PT1S</bpmn:timeCycle>
              </bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Timer" targetRef="Event_Wait" />
            <bpmn:intermediateCatchEvent id="Event_Wait">
              <bpmn:messageEventDefinition id="MessageEventDefinition_1" messageRef="Message_Hostile" />
            </bpmn:intermediateCatchEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    assertRefused(deploy(ANALYST, Map.of("hostile-message.bpmn", bpmn)), "Message_Hostile", "identityService");
  }

  @Test
  void scriptTaskIsRefused() {
    String bpmn = BPMN_HEADER.formatted("hostile-script") + """
          <bpmn:startEvent id="StartEvent_1" />
          <bpmn:scriptTask id="Task_Script" scriptFormat="javascript">
            <bpmn:script>java.lang.Runtime.getRuntime().exec("id")</bpmn:script>
          </bpmn:scriptTask>
        """ + BPMN_FOOTER;

    assertRefused(deploy(ANALYST, Map.of("hostile-script.bpmn", bpmn)), "Task_Script", "script");
  }

  @Test
  void foreignClassIsRefused() {
    ResponseEntity<String> response = deploy(ANALYST, Map.of("hostile-class.bpmn",
        timerProcess("hostile-class", "camunda:class=\"java.lang.Runtime\"")));

    assertRefused(response, "Task_Hostile", "java.lang.Runtime");
  }

  @Test
  void scriptExecutionListenerIsRefused() {
    String bpmn = BPMN_HEADER.formatted("hostile-listener") + """
          <bpmn:startEvent id="StartEvent_Listened">
            <bpmn:extensionElements>
              <camunda:executionListener event="start">
                <camunda:script scriptFormat="groovy">"id".execute()</camunda:script>
              </camunda:executionListener>
            </bpmn:extensionElements>
          </bpmn:startEvent>
        """ + BPMN_FOOTER;

    assertRefused(deploy(ANALYST, Map.of("hostile-listener.bpmn", bpmn)), "StartEvent_Listened", "script");
  }

  @Test
  void scriptedDecisionIsRefused() {
    for (String language : new String[] {"javascript", "groovy", "juel"}) {
      String dmn = """
          <?xml version="1.0" encoding="UTF-8"?>
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
              id="Definitions_Hostile" name="Hostile" namespace="http://camunda.org/schema/1.0/dmn">
            <decision id="hostile-decision" name="Hostile" camunda:historyTimeToLive="1">
              <decisionTable id="DecisionTable_1">
                <input id="Input_1">
                  <inputExpression id="InputExpression_Hostile" typeRef="string" expressionLanguage="%s">
                    <text>identityService.createMembership('analyste','camunda-admin')</text>
                  </inputExpression>
                </input>
                <output id="Output_1" name="result" typeRef="string" />
                <rule id="Rule_1">
                  <inputEntry id="InputEntry_1"><text>-</text></inputEntry>
                  <outputEntry id="OutputEntry_1"><text>"x"</text></outputEntry>
                </rule>
              </decisionTable>
            </decision>
          </definitions>
          """.formatted(language);

      assertRefused(deploy(ANALYST, Map.of("hostile-" + language + ".dmn", dmn)), "InputExpression_Hostile",
          language);
    }
  }

  @Test
  void harmlessModelWithProjectBeansAndVariablesDeploysAndRuns() {
    String bpmn = BPMN_HEADER.formatted("harmless-model") + """
          <bpmn:startEvent id="StartEvent_1">
            <bpmn:outgoing>Flow_1</bpmn:outgoing>
          </bpmn:startEvent>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Choice" />
          <bpmn:exclusiveGateway id="Gateway_Choice" default="Flow_Other">
            <bpmn:incoming>Flow_1</bpmn:incoming>
            <bpmn:outgoing>Flow_A</bpmn:outgoing>
            <bpmn:outgoing>Flow_Other</bpmn:outgoing>
          </bpmn:exclusiveGateway>
          <bpmn:sequenceFlow id="Flow_A" sourceRef="Gateway_Choice" targetRef="Task_Review">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${execution.getVariable('choice') == 'A' &amp;&amp; proposalCount &lt; 3}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
          <bpmn:sequenceFlow id="Flow_Other" sourceRef="Gateway_Choice" targetRef="EndEvent_1" />
          <bpmn:userTask id="Task_Review" camunda:candidateGroups="agency-${territoryCode}" camunda:dueDate="${maintienTimers.diagnosticDue}">
            <bpmn:extensionElements>
              <camunda:inputOutput>
                <camunda:inputParameter name="lotNumber">${diagnosticConclusion == 'PSYCHIATRIC_ACCOMPANIMENT' ? 3 : 2}</camunda:inputParameter>
              </camunda:inputOutput>
              <camunda:taskListener delegateExpression="${decisionGuard}" event="complete" />
            </bpmn:extensionElements>
            <bpmn:incoming>Flow_A</bpmn:incoming>
            <bpmn:outgoing>Flow_2</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Review" targetRef="EndEvent_1" />
          <bpmn:endEvent id="EndEvent_1">
            <bpmn:incoming>Flow_Other</bpmn:incoming>
            <bpmn:incoming>Flow_2</bpmn:incoming>
          </bpmn:endEvent>
        """ + BPMN_FOOTER;

    ResponseEntity<String> response = deploy(ANALYST, Map.of("harmless-model.bpmn", bpmn));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    String instance = runtimeService.startProcessInstanceByKey("harmless-model", Map.of("choice", "A",
        "proposalCount", 1, "territoryCode", "LILLE", "diagnosticConclusion", "PSYCHIATRIC_ACCOMPANIMENT")).getId();
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_Review");
    assertThat(review.getDueDate()).isNotNull();
    assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("agency-LILLE").count())
        .isOne();
    assertThat(taskService.getVariable(review.getId(), "lotNumber")).isEqualTo(3L);
  }

  @Test
  void projectModelsRedeployedByTheAnalyst() throws IOException {
    Map<String, String> models = new java.util.LinkedHashMap<>();
    // with their forms: a user task finds its form in its own deployment (ADR 22)
    for (String folder : new String[] {"processes", "forms"}) {
      try (var files = Files.list(Path.of(folder))) {
        for (Path file : files.sorted().toList()) {
          models.put(file.getFileName().toString(), Files.readString(file));
        }
      }
    }
    assertThat(models).containsKeys("access-pathway.bpmn", "maintien-pathway.bpmn", "resource-ceiling.dmn");

    ResponseEntity<String> response = deploy(ANALYST, models);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
  }

  /** Run-time defence: what an expression resolves, whatever model or query it comes from. */
  @Test
  void expressionsResolveOnlyProjectBeansVariablesAndPlainValues() {
    String execution = waitingExecution();
    assertThat(evaluate("${maintienTimers.diagnosticDue}", execution)).isEqualTo("P1M");
    assertThat(evaluate("${decisionGuard}", execution).getClass().getName()).startsWith("fr.logementaccompagne.");
    assertThat(evaluate("${caseClosure}", execution).getClass().getName()).startsWith("fr.logementaccompagne.");
    assertThat(evaluate("${'ADVANCE'.length() + 1}", execution)).isEqualTo(8L);
    assertThat(evaluate("${execution.getVariable('reviewDecision') == 'ADVANCE' && reviewDecision != 'END'}",
        execution)).isEqualTo(true);
    assertThat(evaluate("${execution.processBusinessKey}", execution)).isNull();

    for (String hostile : new String[] {"${identityService}", "${processEngine}", "${applicationContext}",
        "${execution.processEngineServices}", "${execution.getProcessEngine()}", "${execution.processEngine}",
        "${execution.getClass()}", "${maintienTimers.class}", "${maintienTimers.setDiagnosticDue('PT1S')}",
        "${'x'.getClass().forName('java.lang.Runtime')}", "${systemCalls}", "${householdRepository}",
        "${execution.processInstance.processEngineServices}", "${execution['processEngineServices']}"}) {
      assertThatThrownBy(() -> evaluate(hostile, execution)).as(hostile).isInstanceOf(RuntimeException.class);
    }
  }

  /** An execution waiting in a user task, of a model deployed through the Java API. */
  private String waitingExecution() {
    repositoryService.createDeployment().addString("waiting.bpmn", BPMN_HEADER.formatted("waiting-model") + """
          <bpmn:startEvent id="StartEvent_1" />
          <bpmn:userTask id="Task_Wait" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Wait" />
        """ + BPMN_FOOTER).deploy();
    return runtimeService.startProcessInstanceByKey("waiting-model", Map.of("reviewDecision", "ADVANCE")).getId();
  }

  private Object evaluate(String expression, String executionId) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
      return engineConfiguration.getExpressionManager().createExpression(expression).getValue(execution);
    });
  }
}
