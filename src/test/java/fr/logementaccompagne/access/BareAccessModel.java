package fr.logementaccompagne.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The access pathway's bare model, built at run time from the deployed BPMN so that it follows the model: the
 * same element ids, user tasks (candidate groups, due dates, forms), gateways, conditions, events, timers and
 * sub-processes, under the process key {@value #KEY}; without the project's code and without asynchronous
 * continuations. A user task keeps its form (it says what a completion may write; {@link #FORMS} are deployed
 * with the bare model). Service and business-rule tasks become plain tasks (no-ops); listeners, the start form and
 * modeler templates are dropped; timer expressions become a literal duration (the benchmark fires timers by hand).
 * The conditions are kept: where a condition reads a variable that a service task would have written, the
 * no-op task writes it, by an output mapping, with the value the real pathway gets on the benchmark's household
 * ({@link #WRITTEN_BY_NO_OPS}), so the bare model takes the same path.
 */
final class BareAccessModel {

  static final String KEY = "access-pathway-bare";
  static final String SOURCE = "processes/access-pathway.bpmn";
  static final String FORMS = "classpath:forms/*.form";
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final List<String> CODE_TASKS = List.of("serviceTask", "businessRuleTask", "sendTask",
      "scriptTask");
  private static final List<String> KEPT_ATTRIBUTES = List.of("candidateGroups", "candidateUsers", "assignee",
      "dueDate", "historyTimeToLive");

  /** Routing variables the real delegates write, as they come out for the benchmark's household. */
  static final Map<String, Map<String, String>> WRITTEN_BY_NO_OPS = Map.of(
      "Task_CheckEligibility", Map.of("eligible", "${true}"),
      "Task_CheckOverlap", Map.of("overlapFound", "${false}"),
      "Task_FindMatchingDwellings", Map.of("dwellingsAvailable", "${true}", "proposalCount", "${proposalCount + 1}"),
      "Task_DetermineOrientation", Map.of("occupancyStatus", "HOSTING"),
      "Task_AdvanceStatus", Map.of("occupancyStatus",
          "${occupancyStatus == 'HOSTING' ? 'SLIDING_LEASE' : 'DIRECT_LEASE'}"));

  private BareAccessModel() {
  }

  static byte[] build() {
    try (InputStream source = new ClassPathResource(SOURCE).getInputStream()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document model = factory.newDocumentBuilder().parse(source);
      Element process = (Element) model.getElementsByTagNameNS(BPMN, "process").item(0);
      String realKey = process.getAttribute("id");
      process.setAttribute("id", KEY);
      process.setAttribute("name", process.getAttribute("name") + " (modèle nu, benchmark)");
      for (Element plane : elements(model, "http://www.omg.org/spec/BPMN/20100524/DI", "BPMNPlane")) {
        if (plane.getAttribute("bpmnElement").equals(realKey)) {
          plane.setAttribute("bpmnElement", KEY);
        }
      }
      for (Element extensions : elements(model, BPMN, "extensionElements")) {
        extensions.getParentNode().removeChild(extensions);
      }
      for (Element element : elements(model, BPMN, "*")) {
        dropCamundaAttributes(element);
      }

      for (String type : CODE_TASKS) {
        for (Element task : elements(model, BPMN, type)) {
          writeRoutingVariables(model, (Element) model.renameNode(task, BPMN, task.getPrefix() + ":task"));
        }
      }
      for (String timer : List.of("timeDuration", "timeDate", "timeCycle")) {
        for (Element definition : elements(model, BPMN, timer)) {
          model.renameNode(definition, BPMN, definition.getPrefix() + ":timeDuration");
          definition.setTextContent("P30D");
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(model), new StreamResult(bytes));
      return bytes.toByteArray();
    } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
             | javax.xml.transform.TransformerException unreadable) {
      throw new IllegalStateException("Cannot build the bare model from " + SOURCE, unreadable);
    }
  }

  private static void dropCamundaAttributes(Element element) {
    var attributes = element.getAttributes();
    boolean userTask = "userTask".equals(element.getLocalName());
    List<Node> dropped = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node attribute = attributes.item(i);
      if (CAMUNDA.equals(attribute.getNamespaceURI()) && !KEPT_ATTRIBUTES.contains(attribute.getLocalName())
          && !(userTask && attribute.getLocalName().startsWith("formRef"))) {
        dropped.add(attribute);
      }
    }
    dropped.forEach(attribute -> element.removeAttributeNode((org.w3c.dom.Attr) attribute));
  }

  private static void writeRoutingVariables(Document model, Element task) {
    Map<String, String> written = WRITTEN_BY_NO_OPS.get(task.getAttribute("id"));
    if (written == null) {
      return;
    }
    Element extensions = model.createElementNS(BPMN, "bpmn:extensionElements");
    Element mapping = model.createElementNS(CAMUNDA, "camunda:inputOutput");
    written.forEach((name, value) -> {
      Element output = model.createElementNS(CAMUNDA, "camunda:outputParameter");
      output.setAttribute("name", name);
      output.setTextContent(value);
      mapping.appendChild(output);
    });
    extensions.appendChild(mapping);
    // the schema wants it after the documentation, before the flows
    Node next = task.getFirstChild();
    while (next != null && (!(next instanceof Element) || "documentation".equals(next.getLocalName()))) {
      next = next.getNextSibling();
    }
    task.insertBefore(extensions, next);
  }

  private static List<Element> elements(Document model, String namespace, String localName) {
    NodeList found = model.getElementsByTagNameNS(namespace, localName);
    List<Element> copy = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      copy.add((Element) found.item(i));
    }
    return copy;
  }
}
