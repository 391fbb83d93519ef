package fr.logementaccompagne.engine.deployment;

import fr.logementaccompagne.support.OwnJvm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.ModelerDeployment;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Analysts deploy from Camunda Modeler (README "For analysts"): the project's files sent as Modeler sends them get
 * no new version when unchanged, and a changed form reaches the cases started after it only; a deployment that
 * breaks the model rules is refused in French, naming the element, like the build refuses it (ADR 22).
 */
@H2ApplicationTest
@OwnJvm
class ModelerDeploymentTest {

  static final String ANALYST = "analyste";
  static final String PASSWORD = "demo";
  static final String CHANGED_LABEL = " (nouvelle version du formulaire)";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RepositoryService repository;

  @Test
  void unchangedFilesGetNoNewVersionAndAChangedFormReachesNewCasesOnly() throws Exception {
    EngineRestClient rest = new EngineRestClient(http, "demo", PASSWORD);
    Map<String, byte[]> files = ModelerDeployment.diagramWithForms("access-pathway.bpmn");
    deploy(files);
    long versions = accessVersions();
    String sameDeployment = deploy(files);
    assertThat(accessVersions()).as("unchanged files, no new version").isEqualTo(versions);
    assertThat(deploy(files)).isEqualTo(sameDeployment);

    String before = caseAtProposal(rest);
    ObjectNode form = (ObjectNode) new ObjectMapper().readTree(files.get("propose-dwelling.form"));
    ObjectNode firstLabelled = (ObjectNode) form.findParents("label").get(0);
    firstLabelled.put("label", firstLabelled.get("label").asText() + CHANGED_LABEL);
    files.put("propose-dwelling.form", new ObjectMapper().writeValueAsBytes(form));
    deploy(files);
    assertThat(accessVersions()).as("a changed form comes with a new version of its diagram").isEqualTo(versions + 1);

    String after = caseAtProposal(rest);
    assertThat(deployedForm(rest, after)).contains(CHANGED_LABEL);
    assertThat(deployedForm(rest, before)).as("a running case keeps the form it started with")
        .doesNotContain(CHANGED_LABEL);
  }

  @Test
  void deploymentsBreakingTheModelRulesAreRefusedInFrenchAndAGoodOneIsAccepted() {
    assertRefused(Map.of("sans-retention.bpmn", model("release-no-ttl", "", userTask("release-form"))
        .getBytes(StandardCharsets.UTF_8), "release-form.form", form("release-form")),
        "Déploiement refusé : sans-retention.bpmn : le processus release-no-ttl n'a pas de durée de conservation de"
            + " l'historique (camunda:historyTimeToLive)");
    assertRefused(Map.of("sans-retention.dmn", decision("").getBytes(StandardCharsets.UTF_8)),
        "Déploiement refusé : sans-retention.dmn : la décision release-decision n'a pas de durée de conservation de"
            + " l'historique (camunda:historyTimeToLive)");
    assertRefused(Map.of("service-inconnu.bpmn", model("release-bean", TTL, """
            <bpmn:serviceTask id="Task_Unknown" name="Inconnu" camunda:delegateExpression="${sendLetters}" />""")
        .getBytes(StandardCharsets.UTF_8)),
        "Déploiement refusé : service-inconnu.bpmn : la tâche de service Task_Unknown appelle le service"
            + " « sendLetters », qui n'existe pas dans l'application");
    assertRefused(Map.of("sans-formulaire.bpmn", model("release-form", TTL, userTask("release-form"))
        .getBytes(StandardCharsets.UTF_8)),
        "Déploiement refusé : sans-formulaire.bpmn : la tâche Task_Check utilise le formulaire « release-form »,"
            + " absent du déploiement");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKeyIn("release-no-ttl", "release-bean",
        "release-form").count()).as("nothing deployed").isZero();

    ResponseEntity<String> accepted = ModelerDeployment.deploy(http, ANALYST, PASSWORD, "release-good", Map.of(
        "avec-formulaire.bpmn", model("release-form", TTL, userTask("release-form")).getBytes(StandardCharsets.UTF_8),
        "release-form.form", form("release-form"),
        "avec-retention.dmn", decision(" camunda:historyTimeToLive=\"730\"").getBytes(StandardCharsets.UTF_8)));
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("release-form").count()).isOne();
  }

  static final String TTL = " camunda:historyTimeToLive=\"730\"";

  private void assertRefused(Map<String, byte[]> files, String message) {
    ResponseEntity<String> response = ModelerDeployment.deploy(http, ANALYST, PASSWORD, "release-bad", files);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(EngineRestClient.json(response.getBody()).get("message").asText()).isEqualTo(message);
  }

  private String deploy(Map<String, byte[]> files) {
    ResponseEntity<String> response = ModelerDeployment.deploy(http, ANALYST, PASSWORD, "parcours-acces", files);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return EngineRestClient.json(response.getBody()).get("id").asText();
  }

  private long accessVersions() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(AccessPathway.KEY).count();
  }

  /** A new VISA referral, run until the agency's dwelling proposal. */
  private String caseAtProposal(EngineRestClient rest) {
    Map<String, Object> referral = new HashMap<>(Map.of("householdReference", "MOD-" + UUID.randomUUID().toString()
        .substring(0, 8).toUpperCase(), "partnerCode", "VISA", "territoryCode", "LILLE", "householdSize", 2,
        "dependants", 1, "annualResourcesEur", 14000, "priorityCategories", List.of("LEAVING_SHELTER"),
        "consentToAccompaniment", true));
    ResponseEntity<String> response = rest.post("marie.visa", PASSWORD, "/api/referrals", referral);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    String instance = EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    return instance;
  }

  private String deployedForm(EngineRestClient rest, String instance) {
    JsonNode task = rest.task(instance, Elements.PROPOSE_DWELLING);
    ResponseEntity<String> form = rest.get("demo", PASSWORD, "/engine-rest/task/" + task.get("id").asText()
        + "/deployed-form");
    assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
    return form.getBody();
  }

  private static String userTask(String formId) {
    return """
        <bpmn:userTask id="Task_Check" name="Vérifier" camunda:formRef="%s" camunda:formRefBinding="deployment"
            camunda:candidateGroups="managers" />""".formatted(formId);
  }

  private static String model(String key, String ttl, String task) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Release" targetNamespace="t">
          <bpmn:process id="%s" name="Essai" isExecutable="true"%s>
            <bpmn:startEvent id="StartEvent_Release" />
            %s
          </bpmn:process>
        </bpmn:definitions>""".formatted(key, ttl, task);
  }

  private static String decision(String ttl) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_ReleaseDecision" name="Essai" namespace="t">
          <decision id="release-decision" name="Essai"%s>
            <decisionTable id="DecisionTable_Release">
              <input id="Input_Release"><inputExpression id="InputExpression_Release" typeRef="string"><text>a</text></inputExpression></input>
              <output id="Output_Release" name="b" typeRef="string" />
              <rule id="Rule_Release"><inputEntry id="InputEntry_Release"><text>"x"</text></inputEntry><outputEntry id="OutputEntry_Release"><text>"y"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>""".formatted(ttl);
  }

  private static byte[] form(String id) {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
          {"id": "Field_Remark", "key": "remark", "type": "textfield", "label": "Remarque"}]}"""
        .formatted(id).getBytes(StandardCharsets.UTF_8);
  }
}
