package fr.logementaccompagne.migration;

import fr.logementaccompagne.support.OwnJvm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.ModelerDeployment;
import fr.logementaccompagne.support.WebappSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Running demo cases at several steps (a hosting case at its joint review, a sliding lease waiting for its prefect
 * timer, a direct lease, a referral waiting for a dwelling proposal, a maintien case at consent) and a version 2
 * deployed by the analyst as Modeler does: a renamed label, a task added after the joint review, a changed timer and
 * a renamed step. The manager's dry run says who can move and why not; the move keeps every case, task and timer;
 * the moved cases then follow version 2; the case on the renamed step is left on version 1.
 */
@H2ApplicationTest
@TestPropertySource(properties = "la.demo.pathways=true")
@OwnJvm
class CaseMigrationTest {

  static final String PASSWORD = "demo";
  static final String ADDED_TASK = "Task_ShareReviewSummary";
  static final String RENAMED_STEP = "Task_ProposeHousing";
  /** Read by the added task's due date: a variable no running case has, until the manager gives it a value. */
  static final String NEW_VARIABLE = "reviewSummaryDelay";
  static final String COCKPIT_PLUGIN = "/camunda/api/cockpit/plugin/case-migrations/default";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repository;
  @Autowired
  JdbcClient jdbc;

  @Test
  void managersMoveRunningCasesToVersionTwoAfterADryRun() {
    EngineRestClient rest = new EngineRestClient(http, "demo", PASSWORD);
    String hosted = instanceAt(AccessPathway.KEY, Elements.PERIODIC_REVIEW);
    String sliding = instanceAt(AccessPathway.KEY, Elements.PREFECT_NOTICE_DUE);
    String waiting = instanceAt(AccessPathway.KEY, Elements.PROPOSE_DWELLING);
    String maintien = instanceAt(MaintienPathway.KEY, MaintienPathway.Elements.OBTAIN_CONSENT);
    Map<String, List<String>> before = tasksAndTimers(List.of(hosted, sliding, waiting, maintien));
    int accessCases = (int) runtime.createProcessInstanceQuery().processDefinitionKey(AccessPathway.KEY).count();

    deployVersionTwo();
    runtime.setVariable(sliding, NEW_VARIABLE, "P1M");

    JsonNode dryRun = json(post("responsable", "/api/admin/migrations/preview",
        Map.of("processKey", AccessPathway.KEY)), 200);
    assertThat(dryRun.get("toVersion").asInt()).isEqualTo(2);
    assertThat(references(dryRun.get("movable"))).as("it has the variable").contains(sliding)
        .doesNotContain(hosted, waiting);
    JsonNode blocked = dryRun.get("blocked");
    assertThat(references(blocked)).contains(hosted, waiting);
    assertThat(reasons(blocked, hosted)).containsExactly("la variable « " + NEW_VARIABLE + " », lue par l'étape"
        + " « Partager la synthèse de la revue » (" + ADDED_TASK + ") de la version 2, manque à ce dossier et aucune"
        + " étape restante ne la renseigne : donnez-lui une valeur (variables) ou laissez le dossier");
    assertThat(reasons(blocked, waiting).get(0)).isEqualTo("l'étape « "
        + repository.getBpmnModelInstance(runtime.createProcessInstanceQuery().processInstanceId(waiting)
        .singleResult().getProcessDefinitionId()).getModelElementById(Elements.PROPOSE_DWELLING)
        .getAttributeValue("name") + " » (Task_ProposeDwelling) n'existe plus dans la version 2 et aucune"
        + " correspondance n'est donnée");
    assertThat(dryRun.get("summary").asText()).startsWith(dryRun.get("movable").size() + " dossier(s) peuvent"
        + " passer à la version 2").endsWith("(étape sans correspondance ou variable manquante)");

    WebappSession cockpit = new WebappSession(http, "cockpit");
    JsonNode inCockpit = json(cockpit.post("responsable", PASSWORD, COCKPIT_PLUGIN + "/preview",
        Map.of("processKey", AccessPathway.KEY)), 200);
    assertThat(inCockpit).as("Cockpit's « Migrations » page shows the same dry run").isEqualTo(dryRun);
    assertThat(cockpit.post("analyste", PASSWORD, COCKPIT_PLUGIN + "/execute", Map.of("processKey",
        AccessPathway.KEY)).getStatusCode().is4xxClientError()).isTrue();
    assertThat(json(cockpit.post("responsable", PASSWORD, COCKPIT_PLUGIN + "/preview", Map.of("processKey",
        AccessPathway.KEY, "mappings", Map.of(Elements.PROPOSE_DWELLING, "Task_Nowhere"))), 400).get("message")
        .asText()).contains("l'étape Task_Nowhere n'existe pas dans la version 2");

    JsonNode mapped = json(post("responsable", "/api/admin/migrations/preview", Map.of("processKey",
        AccessPathway.KEY, "mappings", Map.of(Elements.PROPOSE_DWELLING, RENAMED_STEP),
        "variables", Map.of(NEW_VARIABLE, "P15D"))), 200);
    assertThat(references(mapped.get("movable"))).contains(waiting, hosted);
    assertThat(mapped.get("blocked")).isEmpty();
    assertThat(version(hosted)).as("a dry run moves nothing").isEqualTo(1);

    assertThat(post("analyste", "/api/admin/migrations", Map.of("processKey", AccessPathway.KEY))
        .getStatusCode().value()).as("analysts deploy, managers move").isEqualTo(403);
    assertThat(version(hosted)).isEqualTo(1);

    JsonNode moved = json(post("responsable", "/api/admin/migrations", Map.of("processKey", AccessPathway.KEY,
        "variables", Map.of(NEW_VARIABLE, "P15D"))), 200);
    assertThat(moved.get("executed").asBoolean()).isTrue();
    assertThat(references(moved.get("blocked"))).containsExactly(waiting);
    json(post("responsable", "/api/admin/migrations", Map.of("processKey", MaintienPathway.KEY, "fromVersion", 1)),
        200);

    assertThat(version(hosted)).isEqualTo(2);
    assertThat(version(sliding)).isEqualTo(2);
    assertThat(version(maintien)).isEqualTo(2);
    assertThat(version(waiting)).as("its step was renamed and no mapping given").isEqualTo(1);
    assertThat(runtime.getVariable(hosted, NEW_VARIABLE)).as("given by the manager").isEqualTo("P15D");
    assertThat(runtime.getVariable(sliding, NEW_VARIABLE)).as("its own value kept").isEqualTo("P1M");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AccessPathway.KEY).count())
        .as("no case lost").isEqualTo(accessCases);
    assertThat(tasksAndTimers(List.of(hosted, sliding, waiting, maintien))).as("same tasks and timers, same due"
        + " dates").isEqualTo(before);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_migration WHERE moved_by = 'responsable' AND to_version = 2")
        .query(Integer.class).single()).isEqualTo(accessCases - 1 + 1);

    rest.complete(hosted, Elements.PERIODIC_REVIEW, Map.of(Vars.REVIEW_DECISION, "CONTINUE"));
    assertThat(rest.activeTaskKeys(hosted)).as("the hosting case follows version 2").containsExactly(ADDED_TASK);
    assertThat(tasks.createTaskQuery().processInstanceId(hosted).singleResult().getDueDate())
        .as("due in the 15 days given").isAfter(new java.util.Date(System.currentTimeMillis() + 14L * 86_400_000));
    rest.fireTimer(sliding, Elements.PREFECT_NOTICE_DUE);
    assertThat(rest.activeTaskKeys(sliding)).contains(Elements.NOTIFY_PREFECT);
  }

  /** The analyst's version 2, deployed with every form as Modeler does. */
  private void deployVersionTwo() {
    Map<String, byte[]> access = ModelerDeployment.diagramWithForms("access-pathway.bpmn");
    String xml = new String(access.get("access-pathway.bpmn"), StandardCharsets.UTF_8)
        .replaceFirst("(<bpmn:userTask id=\"Task_PeriodicReview\" name=\")[^\"]*\"", "$1Revue conjointe (6 mois)\"")
        .replaceFirst("(<bpmn:sequenceFlow id=\"Flow_ToRecordReview\" sourceRef=\"Task_PeriodicReview\" targetRef=\")"
            + "Task_RecordReview\" />", "$1" + Matcher.quoteReplacement(ADDED_TASK + "\" />\n"
            + "<bpmn:userTask id=\"" + ADDED_TASK + "\" name=\"Partager la synthèse de la revue\""
            + " camunda:formRef=\"agree-objectives\" camunda:formRefBinding=\"deployment\""
            + " camunda:candidateGroups=\"partner-${partnerCode}\" camunda:dueDate=\"${" + NEW_VARIABLE + "}\">"
            + "<bpmn:incoming>Flow_ToRecordReview</bpmn:incoming><bpmn:outgoing>Flow_SummaryToRecordReview"
            + "</bpmn:outgoing></bpmn:userTask>\n<bpmn:sequenceFlow id=\"Flow_SummaryToRecordReview\" sourceRef=\""
            + ADDED_TASK + "\" targetRef=\"Task_RecordReview\" />"))
        .replace("<bpmn:incoming>Flow_ToRecordReview</bpmn:incoming>\n        <bpmn:outgoing>Flow_ToReviewDecision",
            "<bpmn:incoming>Flow_SummaryToRecordReview</bpmn:incoming>\n        <bpmn:outgoing>Flow_ToReviewDecision")
        .replaceFirst("(<bpmn:timerEventDefinition id=\"TimerEventDefinition_PrefectNoticeDue\">\\s*"
            + "<bpmn:timeDuration[^>]*>)[^<]*", "$1P3M")
        .replaceAll("\\bTask_ProposeDwelling\\b", RENAMED_STEP);
    access.put("access-pathway.bpmn", xml.getBytes(StandardCharsets.UTF_8));
    assertThat(ModelerDeployment.deploy(http, "analyste", PASSWORD, "parcours-acces", access).getStatusCode()
        .value()).isEqualTo(200);

    Map<String, byte[]> maintien = ModelerDeployment.diagramWithForms("maintien-pathway.bpmn");
    maintien.put("maintien-pathway.bpmn", new String(maintien.get("maintien-pathway.bpmn"), StandardCharsets.UTF_8)
        .replaceFirst("(<bpmn:userTask id=\"Task_ObtainConsent\" name=\")[^\"]*\"", "$1Recueillir le consentement\"")
        .getBytes(StandardCharsets.UTF_8));
    ResponseEntity<String> response = ModelerDeployment.deploy(http, "analyste", PASSWORD, "parcours-maintien",
        maintien);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
  }

  private String instanceAt(String processKey, String activityId) {
    List<String> ids = runtime.createProcessInstanceQuery().processDefinitionKey(processKey).activityIdIn(activityId)
        .list().stream().map(p -> p.getId()).toList();
    assertThat(ids).as("demo case at " + activityId).hasSize(1);
    return ids.get(0);
  }

  private int version(String instance) {
    String definition = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
    return repository.getProcessDefinition(definition).getVersion();
  }

  /** Each case's open tasks and timers, with their ids and due dates. */
  private Map<String, List<String>> tasksAndTimers(List<String> instances) {
    Map<String, List<String>> state = new LinkedHashMap<>();
    for (String instance : instances) {
      List<String> lines = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().processInstanceId(instance).orderByTaskId().asc().list()) {
        lines.add("task " + task.getId() + " due " + task.getDueDate());
      }
      for (Job timer : management.createJobQuery().processInstanceId(instance).timers().orderByJobId().asc().list()) {
        lines.add("timer " + timer.getId() + " due " + timer.getDuedate());
      }
      state.put(instance, lines);
    }
    return state;
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return new EngineRestClient(http, "demo", PASSWORD).post(user, PASSWORD, path, body);
  }

  private JsonNode json(ResponseEntity<String> response, int status) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    return EngineRestClient.json(response.getBody());
  }

  private static List<String> reasons(JsonNode lines, String instance) {
    return StreamSupport.stream(lines.spliterator(), false)
        .filter(line -> line.get("processInstanceId").asText().equals(instance))
        .flatMap(line -> StreamSupport.stream(line.get("reasons").spliterator(), false)).map(JsonNode::asText)
        .toList();
  }

  private static List<String> references(JsonNode lines) {
    return StreamSupport.stream(lines.spliterator(), false).map(line -> line.get("processInstanceId").asText())
        .toList();
  }
}
