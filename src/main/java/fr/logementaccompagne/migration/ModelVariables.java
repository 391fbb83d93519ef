package fr.logementaccompagne.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.logementaccompagne.labels.CodeLabels;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Which variables the steps of one version of a diagram read and write, as far as the model tells (ADR 30):
 * expressions ({@code ${...}}) of conditions, timers, candidate groups, due dates, input parameters, listeners and
 * called processes are reads; read-only fields of a task's form are reads (a {@code <code>Label} field reads its
 * code); the other form fields, result variables, output parameters and multi-instance element variables are
 * writes. Variables a delegate sets in Java are not visible here: the dry run only reports variables the old
 * version never read, and the manager may give a value for them.
 */
public final class ModelVariables {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern GET_VARIABLE = Pattern.compile("getVariable(?:Local)?\\(\\s*['\"](\\w+)['\"]");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?!\\s*\\()");
  /** Words of the expression language and names the engine provides itself: never case variables. */
  private static final Set<String> NOT_VARIABLES = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
      "empty", "true", "false", "null", "div", "mod", "instanceof", "execution", "task", "variableScope",
      "authenticatedUserId", "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");
  private static final Set<String> SCOPES = Set.of("process", "subProcess", "transaction");

  /** A variable read by a step. */
  public record Read(String variable, String stepId, String stepName) {
  }

  private final Map<String, Element> steps = new LinkedHashMap<>();
  private final Map<String, Set<String>> next = new HashMap<>();
  private final Map<String, Set<String>> reads = new HashMap<>();
  private final Map<String, Set<String>> writes = new HashMap<>();
  private final Predicate<String> isBean;

  private ModelVariables(Element process, Map<String, JsonNode> formsById, Predicate<String> isBean) {
    this.isBean = isBean;
    collectSteps(process);
    for (Element step : steps.values()) {
      String id = step.getAttribute("id");
      linkStep(step, id);
      scanExpressions(step, id, true);
      String formRef = camunda(step, "formRef");
      if (formsById.containsKey(formRef)) {
        scanForm(formsById.get(formRef).path("components"), id);
      }
    }
  }

  /**
   * @param bpmn the diagram's XML
   * @param formsById the forms deployed with it, by form id
   * @param isBean names of beans, which expressions call but which are not variables
   */
  public static ModelVariables of(byte[] bpmn, Collection<byte[]> forms, Predicate<String> isBean) {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> formsById = new HashMap<>();
    try {
      for (byte[] form : forms) {
        JsonNode node = json.readTree(form);
        formsById.put(node.path("id").asText(), node);
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element definitions = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bpmn)).getDocumentElement();
      for (Element child : children(definitions)) {
        if (child.getLocalName().equals("process")) {
          return new ModelVariables(child, formsById, isBean);
        }
      }
      throw new IllegalArgumentException("no process in the diagram");
    } catch (IOException | SAXException | javax.xml.parsers.ParserConfigurationException unreadable) {
      throw new IllegalArgumentException("unreadable model: " + unreadable.getMessage(), unreadable);
    }
  }

  /** Every variable some step of this version reads. */
  public Set<String> allReads() {
    Set<String> all = new LinkedHashSet<>();
    reads.values().forEach(all::addAll);
    return all;
  }

  /** Reads of the steps a case standing on {@code current} may still pass through, the current ones included. */
  public List<Read> readsAhead(Collection<String> current) {
    List<Read> found = new ArrayList<>();
    for (String step : ahead(current)) {
      for (String variable : reads.getOrDefault(step, Set.of())) {
        found.add(new Read(variable, step, name(step)));
      }
    }
    return found;
  }

  /** Variables that the steps ahead of {@code current}, the current ones included, write. */
  public Set<String> writesAhead(Collection<String> current) {
    Set<String> found = new LinkedHashSet<>();
    ahead(current).forEach(step -> found.addAll(writes.getOrDefault(step, Set.of())));
    return found;
  }

  private Set<String> ahead(Collection<String> current) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String step : current) {
      if (steps.containsKey(step)) {
        seen.add(step);
        // a scope the case is already inside is not entered again: only what follows it and its event handlers
        next(step, false).forEach(n -> {
          if (seen.add(n)) {
            queue.add(n);
          }
        });
      }
    }
    while (!queue.isEmpty()) {
      for (String n : next(queue.poll(), true)) {
        if (seen.add(n)) {
          queue.add(n);
        }
      }
    }
    return seen;
  }

  private Set<String> next(String step, boolean enterScope) {
    Set<String> found = new LinkedHashSet<>(next.getOrDefault(step, Set.of()));
    Element element = steps.get(step);
    if (enterScope && SCOPES.contains(element.getLocalName())) {
      children(element).stream().filter(c -> c.getLocalName().equals("startEvent"))
          .forEach(c -> found.add(c.getAttribute("id")));
    }
    // event sub-processes of every enclosing scope may start while the case stands here
    for (Node scope = element.getParentNode(); scope instanceof Element parent; scope = parent.getParentNode()) {
      for (Element sibling : children(parent)) {
        if (sibling.getLocalName().equals("subProcess") && "true".equals(sibling.getAttribute("triggeredByEvent"))) {
          children(sibling).stream().filter(c -> c.getLocalName().equals("startEvent"))
              .forEach(c -> found.add(c.getAttribute("id")));
        }
      }
    }
    return found;
  }

  private void collectSteps(Element scope) {
    for (Element child : children(scope)) {
      String kind = child.getLocalName();
      boolean step = kind.endsWith("Task") || kind.equals("task") || kind.endsWith("Event")
          || kind.endsWith("Gateway") || kind.equals("callActivity") || SCOPES.contains(kind);
      if (step && !child.getAttribute("id").isEmpty()) {
        steps.put(child.getAttribute("id"), child);
        if (SCOPES.contains(kind)) {
          collectSteps(child);
        }
      }
    }
  }

  private void linkStep(Element step, String id) {
    if (step.getLocalName().equals("boundaryEvent")) {
      next.computeIfAbsent(step.getAttribute("attachedToRef"), k -> new LinkedHashSet<>()).add(id);
    }
    for (Element flow : children((Element) step.getParentNode())) {
      if (flow.getLocalName().equals("sequenceFlow") && flow.getAttribute("sourceRef").equals(id)) {
        next.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(flow.getAttribute("targetRef"));
        scanExpressions(flow, id, false); // a condition is read when the case leaves its source
      }
    }
    if (step.getLocalName().equals("endEvent") && step.getParentNode() instanceof Element scope
        && scope.getLocalName().equals("subProcess")) {
      // leaving a sub-process continues after it (an interrupting event sub-process ends its scope)
      Element continued = "true".equals(scope.getAttribute("triggeredByEvent"))
          && scope.getParentNode() instanceof Element outer && outer.getLocalName().equals("subProcess")
          ? outer : scope;
      for (Element flow : children((Element) continued.getParentNode())) {
        if (flow.getLocalName().equals("sequenceFlow") && flow.getAttribute("sourceRef")
            .equals(continued.getAttribute("id"))) {
          next.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(flow.getAttribute("targetRef"));
        }
      }
    }
  }

  /** Expressions of an element and its definitions, nested steps excluded (they are scanned on their own). */
  private void scanExpressions(Element element, String stepId, boolean isStep) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      switch (attribute.getLocalName()) {
        case "resultVariable", "elementVariable" -> write(stepId, attribute.getValue());
        case "source" -> read(stepId, attribute.getValue()); // camunda:in source
        case "target" -> write(stepId, attribute.getValue()); // camunda:out target
        default -> readExpressions(stepId, attribute.getValue());
      }
    }
    if (element.getLocalName().equals("inputParameter") || element.getLocalName().equals("outputParameter")) {
      write(stepId, element.getAttribute("name"));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        if (!(isStep && steps.containsKey(nested.getAttribute("id"))) && !nested.getLocalName().equals("sequenceFlow")) {
          scanExpressions(nested, stepId, false);
        }
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        readExpressions(stepId, child.getNodeValue());
      }
    }
  }

  private void readExpressions(String stepId, String text) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      String body = expression.group(1);
      Matcher named = GET_VARIABLE.matcher(body);
      while (named.find()) {
        read(stepId, named.group(1));
      }
      Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(body).replaceAll(""));
      while (identifier.find()) {
        String name = identifier.group(1);
        if (!NOT_VARIABLES.contains(name) && !isBean.test(name)) {
          read(stepId, name);
        }
      }
    }
  }

  private void scanForm(JsonNode components, String stepId) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        if (component.path("readonly").asBoolean() || component.path("disabled").asBoolean()) {
          String code = key.endsWith(CodeLabels.LABEL_SUFFIX)
              ? key.substring(0, key.length() - CodeLabels.LABEL_SUFFIX.length()) : key;
          read(stepId, CodeLabels.labelledVariables().contains(code) ? code : key);
        } else {
          write(stepId, key);
        }
      }
      scanForm(component.path("components"), stepId);
    }
  }

  private void read(String stepId, String variable) {
    if (!variable.isBlank()) {
      reads.computeIfAbsent(stepId, k -> new LinkedHashSet<>()).add(variable);
    }
  }

  private void write(String stepId, String variable) {
    if (!variable.isBlank()) {
      writes.computeIfAbsent(stepId, k -> new LinkedHashSet<>()).add(variable);
    }
  }

  private String name(String step) {
    String name = steps.get(step).getAttribute("name");
    return name.isEmpty() ? step : name;
  }

  private static String camunda(Element element, String attribute) {
    return element.getAttributeNS("http://camunda.org/schema/1.0/bpmn", attribute);
  }

  private static List<Element> children(Element parent) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element) {
        found.add(element);
      }
    }
    return found;
  }
}
