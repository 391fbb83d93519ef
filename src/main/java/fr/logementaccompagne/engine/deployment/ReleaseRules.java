package fr.logementaccompagne.engine.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The model rules that a release of the models must pass both in the build ({@code ModelRulesTest} over
 * {@code processes/} and {@code forms/}) and in the running application (every deployment, whatever its route,
 * through {@link ReleaseRulesCheck}): one code, one French message naming the file and the element.
 * <ul>
 *   <li>every executable process and every decision has a {@code camunda:historyTimeToLive};</li>
 *   <li>a service task calling {@code ${bean}} names a bean of the application;</li>
 *   <li>a user task or start event with a {@code camunda:formRef} finds its form among the forms released with
 *       it (the build: {@code forms/}; at run time: the deployment itself, since forms are bound to the
 *       deployment).</li>
 * </ul>
 */
public final class ReleaseRules {

  public static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  public static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
  public static final Set<String> DMN_NAMESPACES = Set.of("https://www.omg.org/spec/DMN/20191111/MODEL/",
      "http://www.omg.org/spec/DMN/20180521/MODEL/");
  private static final Pattern BEAN_CALL = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Predicate<String> beanExists;

  public ReleaseRules(Predicate<String> beanExists) {
    this.beanExists = beanExists;
  }

  /** Findings of one BPMN file; {@code formIds} are the forms released with it. */
  public List<String> checkBpmn(String file, Document document, Set<String> formIds) {
    List<String> findings = new ArrayList<>();
    for (Element process : elements(document, BPMN, "process")) {
      if ("true".equals(process.getAttribute("isExecutable"))
          && process.getAttributeNS(CAMUNDA, "historyTimeToLive").isBlank()) {
        findings.add("%s : le processus %s n'a pas de durée de conservation de l'historique "
            .formatted(file, process.getAttribute("id")) + "(camunda:historyTimeToLive)");
      }
    }
    for (Element task : elements(document, BPMN, "serviceTask")) {
      Matcher call = BEAN_CALL.matcher(task.getAttributeNS(CAMUNDA, "delegateExpression"));
      if (call.matches() && !beanExists.test(call.group(1))) {
        findings.add("%s : la tâche de service %s appelle le service « %s », qui n'existe pas dans l'application"
            .formatted(file, task.getAttribute("id"), call.group(1)));
      }
    }
    for (String type : List.of("userTask", "startEvent")) {
      for (Element element : elements(document, BPMN, type)) {
        String formRef = element.getAttributeNS(CAMUNDA, "formRef");
        if (!formRef.isBlank() && !formIds.contains(formRef)) {
          findings.add("%s : %s %s utilise le formulaire « %s », absent du déploiement".formatted(file,
              "userTask".equals(type) ? "la tâche" : "l'événement de début", element.getAttribute("id"), formRef));
        }
      }
    }
    return findings;
  }

  /** Findings of one DMN file. */
  public List<String> checkDmn(String file, Document document) {
    List<String> findings = new ArrayList<>();
    for (String namespace : DMN_NAMESPACES) {
      for (Element decision : elements(document, namespace, "decision")) {
        if (decision.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive").isBlank()) {
          findings.add("%s : la décision %s n'a pas de durée de conservation de l'historique "
              .formatted(file, decision.getAttribute("id")) + "(camunda:historyTimeToLive)");
        }
      }
    }
    return findings;
  }

  /** The id of a Camunda Form, or nothing when the file is not a readable form. */
  public static Optional<String> formId(InputStream form) {
    try {
      String id = JSON.readTree(form).path("id").asText("");
      return id.isBlank() ? Optional.empty() : Optional.of(id);
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** Parses a model without resolving anything outside it. */
  public static Document parse(InputStream model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newDocumentBuilder().parse(model);
  }

  /** The elements of a namespace and local name, in document order. */
  public static List<Element> elements(Document document, String namespace, String localName) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
    List<Element> list = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }
}
