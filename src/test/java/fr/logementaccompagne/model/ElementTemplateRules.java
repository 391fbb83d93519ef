package fr.logementaccompagne.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.logementaccompagne.engine.deployment.ReleaseRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The element templates of {@code .camunda/element-templates/} (what analysts pick in Camunda Modeler) against
 * the project: each names an existing bean or form, and every service task of the diagrams is drawn from one of
 * them ({@code camunda:modelerTemplate}) and still calls the template's bean.
 */
final class ElementTemplateRules {

  static final String DELEGATE = "camunda:delegateExpression";
  static final String FORM = "camunda:formRef";
  /** Key of an execution listener binding (which has no name): C7 templates bind execution listeners, Hidden only. */
  static final String EXECUTION_LISTENER = "camunda:executionListener";
  private static final java.util.regex.Pattern LISTENER_BEAN = java.util.regex.Pattern.compile("^\\$\\{(\\w+)\\.");

  /** A template with the value of each of its property bindings (empty when the analyst types it). */
  record Template(String file, String id, int version, String appliesTo, Map<String, JsonNode> properties) {

    Optional<String> value(String binding) {
      JsonNode property = properties.get(binding);
      return property == null || !property.hasNonNull("value") ? Optional.empty()
          : Optional.of(property.get("value").asText());
    }

    boolean fixed(String binding) {
      return properties.containsKey(binding) && "Hidden".equals(properties.get(binding).path("type").asText());
    }
  }

  private final List<String> findings = new ArrayList<>();

  static List<Template> load(Path folder) throws IOException {
    List<Template> templates = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode template : json.readTree(file.toFile())) {
          Map<String, JsonNode> properties = new LinkedHashMap<>();
          template.path("properties").forEach(p -> properties.put(EXECUTION_LISTENER.equals(p.path("binding")
              .path("type").asText()) ? EXECUTION_LISTENER : p.path("binding").path("name").asText(), p));
          templates.add(new Template(file.getFileName().toString(), template.path("id").asText(),
              template.path("version").asInt(), template.path("appliesTo").path(0).asText(), properties));
        }
      }
    }
    return templates;
  }

  List<String> check(List<Template> templates, List<Path> diagrams, Set<String> beanNames, Set<String> formIds)
      throws Exception {
    Map<String, Template> byId = new LinkedHashMap<>();
    for (Template template : templates) {
      String where = template.file() + ": template '" + template.id() + "'";
      if (byId.putIfAbsent(template.id(), template) != null) {
        findings.add(where + " is defined twice");
      }
      template.value(DELEGATE).map(ModelRules.DELEGATE_EXPRESSION::matcher).filter(Matcher::matches)
          .map(m -> m.group(1)).filter(bean -> !beanNames.contains(bean))
          .ifPresent(bean -> findings.add(where + " calls bean '" + bean + "', which does not exist"));
      if ("bpmn:ServiceTask".equals(template.appliesTo()) && !template.fixed(DELEGATE)) {
        findings.add(where + " must fix (Hidden) the " + DELEGATE + " of a project bean");
      }
      template.value(EXECUTION_LISTENER).map(LISTENER_BEAN::matcher).filter(Matcher::find).map(m -> m.group(1))
          .filter(bean -> !beanNames.contains(bean))
          .ifPresent(bean -> findings.add(where + " listens with bean '" + bean + "', which does not exist"));
      template.value(FORM).filter(form -> !formIds.contains(form))
          .ifPresent(form -> findings.add(where + " references form '" + form + "', not found in forms/"));
    }
    for (Path diagram : diagrams) {
      checkDrawnFromTemplates(diagram, byId);
    }
    return findings;
  }

  private void checkDrawnFromTemplates(Path diagram, Map<String, Template> templates) throws Exception {
    Document document;
    try (var in = Files.newInputStream(diagram)) {
      document = ReleaseRules.parse(in);
    }
    for (Element task : ReleaseRules.elements(document, ModelRules.BPMN, "serviceTask")) {
      checkDrawnFromTemplate(diagram, task, templates, DELEGATE,
          task.getAttributeNS(ModelRules.CAMUNDA, "delegateExpression"));
    }
    // an end event that closes the case carries the project's listener: drawn from its closure template
    for (Element end : ReleaseRules.elements(document, ModelRules.BPMN, "endEvent")) {
      var listeners = end.getElementsByTagNameNS(ModelRules.CAMUNDA, "executionListener");
      for (int i = 0; i < listeners.getLength(); i++) {
        checkDrawnFromTemplate(diagram, end, templates, EXECUTION_LISTENER,
            ((Element) listeners.item(i)).getAttribute("expression"));
      }
    }
  }

  private void checkDrawnFromTemplate(Path diagram, Element task, Map<String, Template> templates, String binding,
                                      String calls) {
    String where = diagram.getFileName() + ": " + task.getLocalName() + " '" + task.getAttribute("id") + "'";
    String templateId = task.getAttributeNS(ModelRules.CAMUNDA, "modelerTemplate");
    Template template = templates.get(templateId);
    if (template == null) {
      findings.add(where + " is not drawn from an element template (camunda:modelerTemplate '" + templateId
          + "' unknown)");
      return;
    }
    if (!template.value(binding).orElse("").equals(calls)) {
      findings.add(where + " calls " + calls + " but its template " + templateId + " calls "
          + template.value(binding).orElse("nothing"));
    }
    if (!String.valueOf(template.version()).equals(task.getAttributeNS(ModelRules.CAMUNDA,
        "modelerTemplateVersion"))) {
      findings.add(where + " is not on version " + template.version() + " of its template " + templateId);
    }
  }
}
