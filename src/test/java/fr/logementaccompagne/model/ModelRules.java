package fr.logementaccompagne.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.logementaccompagne.engine.deployment.ReleaseRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The conventions of docs/design.md section 3 that analysts and code rely on, checked over every file of processes/ and
 * forms/. Returns one readable finding per broken rule; bpmnlint runs the generic BPMN rules in .ci/run.
 */
final class ModelRules {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final Set<String> DMN_NAMESPACES = Set.of("https://www.omg.org/spec/DMN/20191111/MODEL/",
      "http://www.omg.org/spec/DMN/20180521/MODEL/");
  static final Pattern GENERATED_ID = Pattern.compile(
      "^(Activity|Event|Gateway|Flow|StartEvent|EndEvent|Task|SequenceFlow|Process|Decision|DecisionTable|Definitions"
          + "|DMNDiagram|DMNShape|InputClause|OutputClause|DecisionRule|UnaryTests|LiteralExpression)_[0-9a-z]{7}$");
  static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  static final Set<String> FLOW_ELEMENTS = Set.of("task", "userTask", "serviceTask", "scriptTask",
      "businessRuleTask", "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess", "startEvent",
      "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway",
      "parallelGateway", "inclusiveGateway", "eventBasedGateway", "sequenceFlow");

  /** The rules the running application enforces on every deployment too (ADR 22). */
  private final ReleaseRules releaseRules;
  private final List<String> findings = new ArrayList<>();

  ModelRules(Set<String> beanNames) {
    this.releaseRules = new ReleaseRules(beanNames::contains);
  }

  List<String> check(Path processes, Path forms) throws Exception {
    Map<String, Path> formIds = formIds(forms);
    Set<String> decisionIds = new HashSet<>();
    Set<String> processIds = new HashSet<>();
    List<Document> bpmnDocuments = new ArrayList<>();
    List<Path> bpmnFiles = files(processes, ".bpmn");
    for (Path dmn : files(processes, ".dmn")) {
      Document document = parse(dmn);
      decisionIds.addAll(checkDmn(dmn, document));
      findings.addAll(releaseRules.checkDmn(dmn.getFileName().toString(), document));
    }
    for (Path bpmn : bpmnFiles) {
      Document document = parse(bpmn);
      bpmnDocuments.add(document);
      elements(document, BPMN, "process").forEach(p -> processIds.add(p.getAttribute("id")));
    }
    for (int i = 0; i < bpmnFiles.size(); i++) {
      checkBpmn(bpmnFiles.get(i), bpmnDocuments.get(i), formIds.keySet(), decisionIds, processIds);
    }
    return findings;
  }

  private Map<String, Path> formIds(Path forms) throws IOException {
    Map<String, Path> ids = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(forms, ".form")) {
      JsonNode root;
      try {
        root = json.readTree(form.toFile());
      } catch (IOException e) {
        findings.add(form.getFileName() + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        continue;
      }
      String id = root.path("id").asText("");
      if (id.isEmpty() || GENERATED_ID.matcher(id).matches() || id.startsWith("Form_")) {
        findings.add(form.getFileName() + ": form id '" + id + "' is missing or generated");
      } else {
        Path first = ids.putIfAbsent(id, form);
        if (first != null) {
          findings.add(form.getFileName() + ": form id '" + id + "' is used by " + first.getFileName() + " too");
        }
      }
      checkFormComponents(form, root.path("components"));
    }
    return ids;
  }

  private void checkFormComponents(Path form, JsonNode components) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean input = !Set.of("text", "group", "spacer", "separator", "image", "html", "button", "iframe",
          "table", "dynamiclist").contains(type);
      if (input && component.path("key").asText("").isEmpty()) {
        findings.add(form.getFileName() + ": " + type + " '" + component.path("id").asText() + "' has no key");
      }
      if (input && component.path("label").asText("").isBlank()) {
        findings.add(form.getFileName() + ": " + type + " '" + component.path("key").asText() + "' has no label");
      }
      checkFormComponents(form, component.path("components"));
    }
  }

  private Set<String> checkDmn(Path path, Document document) {
    Set<String> ids = new HashSet<>();
    for (String namespace : DMN_NAMESPACES) {
      for (Element decision : elements(document, namespace, "decision")) {
        String id = decision.getAttribute("id");
        ids.add(id);
        if (GENERATED_ID.matcher(id).matches()) {
          findings.add(path.getFileName() + ": decision '" + id + "' has a generated id");
        }
      }
    }
    if (ids.isEmpty()) {
      findings.add(path.getFileName() + ": no DMN 1.3 decision found");
    }
    return ids;
  }

  private void checkBpmn(Path path, Document document, Set<String> formIds, Set<String> decisionIds,
                         Set<String> processIds) {
    String file = path.getFileName().toString();
    Set<String> drawn = new HashSet<>();
    elements(document, BPMNDI, "BPMNShape").forEach(e -> drawn.add(e.getAttribute("bpmnElement")));
    elements(document, BPMNDI, "BPMNEdge").forEach(e -> drawn.add(e.getAttribute("bpmnElement")));

    findings.addAll(releaseRules.checkBpmn(file, document, formIds));
    for (String type : FLOW_ELEMENTS) {
      for (Element element : elements(document, BPMN, type)) {
        String id = element.getAttribute("id");
        String where = file + ": " + type + " '" + id + "'";
        if (GENERATED_ID.matcher(id).matches()) {
          findings.add(where + " has a generated id; give it a meaningful one");
        }
        if (!drawn.contains(id)) {
          findings.add(where + " has no diagram shape (BPMN DI)");
        }
        if (!"sequenceFlow".equals(type) && !type.endsWith("Gateway") && element.getAttribute("name").isBlank()) {
          findings.add(where + " has no label");
        }
        switch (type) {
          case "userTask" -> checkForm(where, element, true);
          case "startEvent" -> checkForm(where, element, false);
          case "serviceTask" -> checkDelegate(where, element);
          case "businessRuleTask" -> checkReference(where, element.getAttributeNS(CAMUNDA, "decisionRef"),
              decisionIds, "decision");
          case "callActivity" -> checkReference(where, element.getAttribute("calledElement"), processIds,
              "process");
          default -> { }
        }
      }
    }
    findings.addAll(LabelLayout.check(file, document));
  }

  private void checkForm(String where, Element element, boolean required) {
    String formRef = element.getAttributeNS(CAMUNDA, "formRef");
    if (formRef.isBlank()) {
      if (required) {
        findings.add(where + " has no camunda:formRef");
      }
      return;
    }
    if (!"deployment".equals(element.getAttributeNS(CAMUNDA, "formRefBinding"))) {
      findings.add(where + " must use camunda:formRefBinding=\"deployment\"");
    }
    if (required && element.getAttributeNS(CAMUNDA, "candidateGroups").isBlank()
        && element.getAttributeNS(CAMUNDA, "assignee").isBlank()) {
      findings.add(where + " has no candidate group or assignee");
    }
  }

  private void checkDelegate(String where, Element element) {
    String expression = element.getAttributeNS(CAMUNDA, "delegateExpression");
    Matcher matcher = DELEGATE_EXPRESSION.matcher(expression);
    if (!matcher.matches()) {
      findings.add(where + " must call a Spring bean with camunda:delegateExpression=\"${beanName}\"");
    }
  }

  private void checkReference(String where, String reference, Set<String> known, String kind) {
    if (reference.isBlank() || !known.contains(reference)) {
      findings.add(where + " references " + kind + " '" + reference + "', not found in processes/");
    }
  }

  private static List<Path> files(Path folder, String extension) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static Document parse(Path path) throws Exception {
    try (var in = Files.newInputStream(path)) {
      return ReleaseRules.parse(in);
    }
  }

  static List<Element> elements(Document document, String namespace, String localName) {
    return ReleaseRules.elements(document, namespace, localName);
  }
}
