package fr.logementaccompagne.engine.deployment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses, when a BPMN model is deployed (whatever the route: REST, Cockpit, Modeler, Java API), every element
 * that would run code other than the project's: scripts (tasks, listeners, conditions, mappings), connectors,
 * classes outside {@code fr.logementaccompagne}, external resources, and expressions beyond what
 * {@link ModelExpressionCheck} allows. Every attribute and text of the whole document is read, not a list of known
 * places, so that an element or attribute added to a later engine version is checked too.
 */
class ModelCodeParseListener extends AbstractBpmnParseListener {

  /** Read by people, never evaluated. */
  private static final Set<String> NOT_EVALUATED_ELEMENTS = Set.of("documentation", "textAnnotation",
      "BPMNDiagram", "extensionElementsDocumentation");
  /** Names are read too: those of messages, signals and errors are expressions the engine evaluates. */
  private static final Set<String> NOT_EVALUATED_ATTRIBUTES = Set.of("id");
  private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script");
  private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("scriptFormat", "language");

  private final ModelExpressionCheck expressions;

  ModelCodeParseListener(ModelExpressionCheck expressions) {
    this.expressions = expressions;
  }

  @Override
  public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
    Set<String> violations = new LinkedHashSet<>();
    check(rootElement, localName(rootElement.getTagName()), violations);
    if (!violations.isEmpty()) {
      throw new BpmnParseException("Déploiement refusé : " + String.join(" ; ", violations), rootElement);
    }
  }

  private void check(Element element, String owner, Set<String> violations) {
    String tag = localName(element.getTagName());
    if (NOT_EVALUATED_ELEMENTS.contains(tag)) {
      return;
    }
    String id = element.attribute("id");
    String here = id != null ? id : owner;
    if (SCRIPT_ELEMENTS.contains(tag)) {
      violations.add(violation(here, "utilise un script (interdit)"));
    } else if ("connector".equals(tag)) {
      violations.add(violation(here, "utilise un connecteur (interdit)"));
    }
    for (String attribute : element.attributes()) {
      attributeRefusal(localName(attribute), element.attribute(attribute))
          .ifPresent(reason -> violations.add(violation(here, reason)));
    }
    expressions.refusal(element.getText()).ifPresent(reason -> violations.add(violation(here, reason)));
    for (Element child : element.elements()) {
      check(child, here, violations);
    }
  }

  private Optional<String> attributeRefusal(String name, String value) {
    if (NOT_EVALUATED_ATTRIBUTES.contains(name) || value == null) {
      return Optional.empty();
    }
    if (SCRIPT_ATTRIBUTES.contains(name)) {
      return Optional.of("utilise un script (interdit)");
    }
    if ("resource".equals(name)) {
      return Optional.of("utilise une ressource externe « %s » (interdit)".formatted(value));
    }
    if ("class".equals(name) || name.endsWith("Class")) {
      return value.trim().startsWith(ModelBeans.PROJECT_PACKAGE) ? Optional.empty()
          : Optional.of("utilise la classe %s (seules les classes du projet %s* sont permises)"
              .formatted(value, ModelBeans.PROJECT_PACKAGE));
    }
    return expressions.refusal(value);
  }

  private static String violation(String elementId, String reason) {
    return "l'élément %s %s".formatted(elementId, reason);
  }

  /** Attribute keys are "namespace-uri:local" for qualified names; tags may keep their prefix. */
  private static String localName(String name) {
    return name == null ? "" : name.substring(name.lastIndexOf(':') + 1);
  }
}
