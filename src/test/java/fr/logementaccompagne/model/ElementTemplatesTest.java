package fr.logementaccompagne.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.model.ElementTemplateRules.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each element template, applied as Modeler applies it to a task of a test diagram (every property binding
 * written on the task, editable values typed within the template's constraints), gives a task that passes the
 * model rules; and the values the project's own user tasks hold are accepted by their template's constraints.
 */
class ElementTemplatesTest {

  private static final Path ROOT = Path.of(System.getProperty("project.root", "."));
  /** What an analyst types in an editable field the template leaves empty. */
  private static final Map<String, String> TYPED = Map.of("name", "Étape de test", "camunda:formRef",
      "periodic-review", "camunda:dueDate", "P15D");

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> eachTemplateAppliedToATaskPassesTheModelRules() throws Exception {
    List<Template> templates = ElementTemplateRules.load(ROOT.resolve(".camunda/element-templates"));
    assertThat(templates).hasSizeGreaterThanOrEqualTo(15 + 7);
    return templates.stream().map(template -> DynamicTest.dynamicTest(template.id(), () -> {
      Path project = Files.createDirectories(work.resolve(template.id()));
      Path processes = Files.createDirectories(project.resolve("processes"));
      Files.writeString(processes.resolve("template-test.bpmn"), diagramWith(template));
      List<String> findings = new ModelRules(ModelRulesTest.springBeanNames())
          .check(processes, ROOT.resolve("forms"));
      assertThat(findings).as(template.id()).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> projectUserTasksFitTheConstraintsOfTheirTemplate() throws Exception {
    List<Template> userTemplates = ElementTemplateRules.load(ROOT.resolve(".camunda/element-templates")).stream()
        .filter(t -> "bpmn:UserTask".equals(t.appliesTo())).toList();
    List<DynamicTest> tests = new ArrayList<>();
    for (String diagram : List.of("access-pathway.bpmn", "maintien-pathway.bpmn", "maintien-purchase-order.bpmn")) {
      String xml = Files.readString(ROOT.resolve("processes").resolve(diagram));
      var tasks = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*>").matcher(xml);
      while (tasks.find()) {
        String tag = tasks.group();
        String id = tasks.group(1);
        tests.add(DynamicTest.dynamicTest(diagram + " " + id, () -> {
          Template template = userTemplates.stream()
              .filter(t -> t.value("camunda:candidateGroups").map(g -> tag.contains("camunda:candidateGroups=\""
                  + g + "\"")).orElse(false)).findFirst().orElse(null);
          assertThat(template).as("a user-task template for the candidate group of " + id).isNotNull();
          for (String binding : List.of("camunda:formRef", "camunda:dueDate", "name")) {
            String value = attribute(tag, binding);
            assertThat(accepts(template.properties().get(binding), value))
                .as("%s=%s accepted by %s", binding, value, template.id()).isTrue();
          }
        }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(15);
    return tests.stream();
  }

  private static String diagramWith(Template template) {
    StringBuilder attributes = new StringBuilder();
    StringBuilder listeners = new StringBuilder();
    template.properties().forEach((binding, property) -> {
      if (ElementTemplateRules.EXECUTION_LISTENER.equals(binding)) {
        JsonNode on = property.get("binding");
        listeners.append("<bpmn:extensionElements><camunda:executionListener event=\"")
            .append(on.get("event").asText()).append("\" ").append(on.get("implementationType").asText())
            .append("=\"").append(property.get("value").asText().replace("'", "&#39;"))
            .append("\" /></bpmn:extensionElements>");
        return;
      }
      String value = property.hasNonNull("value") ? property.get("value").asText() : TYPED.get(binding);
      assertThat(accepts(property, value)).as("%s=%s within the constraints of %s", binding, value, template.id())
          .isTrue();
      attributes.append(' ').append(binding).append("=\"").append(value.replace("\"", "&quot;")).append('"');
    });
    if ("bpmn:EndEvent".equals(template.appliesTo())) {
      // the end event of the test diagram is the one drawn from the template
      return diagram("task", "Task_Test", "", " name=\"Étape\"").replace("<bpmn:endEvent id=\"End_Test\" name=\"Fin\">",
          "<bpmn:endEvent id=\"End_Test\" camunda:modelerTemplate=\"%s\" camunda:modelerTemplateVersion=\"%d\"%s>%s"
              .formatted(template.id(), template.version(), attributes, listeners));
    }
    String type = "bpmn:UserTask".equals(template.appliesTo()) ? "userTask" : "serviceTask";
    return diagram(type, "Task_FromTemplate", " camunda:modelerTemplate=\"%s\" camunda:modelerTemplateVersion=\"%d\""
        .formatted(template.id(), template.version()), attributes.toString());
  }

  private static String diagram(String type, String taskId, String template, String attributes) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_TemplateTest" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="template-test" name="Essai de modèle" isExecutable="true" camunda:historyTimeToLive="730">
            <bpmn:startEvent id="StartEvent_Test" name="Début"><bpmn:outgoing>Flow_ToTask</bpmn:outgoing></bpmn:startEvent>
            <bpmn:%1$s id="%2$s"%3$s%4$s>
              <bpmn:incoming>Flow_ToTask</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
            </bpmn:%1$s>
            <bpmn:endEvent id="End_Test" name="Fin"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="StartEvent_Test" targetRef="%2$s" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="%2$s" targetRef="End_Test" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_TemplateTest">
            <bpmndi:BPMNPlane id="BPMNPlane_TemplateTest" bpmnElement="template-test">
              <bpmndi:BPMNShape id="StartEvent_Test_di" bpmnElement="StartEvent_Test"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="%2$s_di" bpmnElement="%2$s"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_Test_di" bpmnElement="End_Test"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_ToTask_di" bpmnElement="Flow_ToTask"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_ToEnd_di" bpmnElement="Flow_ToEnd"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """.formatted(type, taskId, template, attributes);
  }

  /** Whether Modeler would accept the value under the property's constraints. */
  private static boolean accepts(JsonNode property, String value) {
    JsonNode constraints = property.path("constraints");
    if (value == null || value.isEmpty()) {
      return !constraints.path("notEmpty").asBoolean(false);
    }
    if (constraints.has("maxLength") && value.length() > constraints.get("maxLength").asInt()) {
      return false;
    }
    JsonNode pattern = constraints.path("pattern");
    String regex = pattern.isObject() ? pattern.path("value").asText() : pattern.asText("");
    return regex.isEmpty() || Pattern.compile(regex).matcher(value).matches();
  }

  private static String attribute(String tag, String name) {
    var matcher = Pattern.compile(Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
    return matcher.find() ? matcher.group(1).replace("&#39;", "'").replace("&quot;", "\"") : null;
  }
}
