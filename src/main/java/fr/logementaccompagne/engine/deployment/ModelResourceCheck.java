package fr.logementaccompagne.engine.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs before the engine's own deployers, on every resource of a deployment: decisions are written in FEEL only
 * (a script or JUEL expression language in a DMN runs code), and a deployment carries no CMMN model (not used
 * here, and its listeners run code) nor script or web code (embedded forms run in the caseworkers' browsers).
 * BPMN models are checked by {@link ModelCodeParseListener}; Camunda Forms hold no code.
 */
class ModelResourceCheck implements Deployer {

  /** The names Camunda's DMN engine takes for FEEL; any other language is a script engine or JUEL. */
  private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
      "http://www.omg.org/spec/dmn/20180521/feel/", "https://www.omg.org/spec/dmn/20191111/feel/",
      "https://www.omg.org/spec/dmn/20230324/feel/");
  private static final List<String> CODE_SUFFIXES = List.of(".js", ".mjs", ".html", ".htm", ".xhtml", ".groovy",
      ".py", ".rb", ".class", ".jar");

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (deployment.getResources() == null) {
      return;
    }
    List<String> violations = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName().toLowerCase(Locale.ROOT);
      if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        checkDecisions(resource, violations);
      } else if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml") || name.endsWith(".cmmn11.xml")) {
        violations.add("la ressource %s est un modèle CMMN (non pris en charge)".formatted(resource.getName()));
      } else if (CODE_SUFFIXES.stream().anyMatch(name::endsWith)) {
        violations.add("la ressource %s contient du code (interdit)".formatted(resource.getName()));
      }
    }
    if (!violations.isEmpty()) {
      throw new DeploymentRefusedException("Déploiement refusé : " + String.join(" ; ", violations));
    }
  }

  private static void checkDecisions(ResourceEntity resource, List<String> violations) {
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(resource.getBytes())).getDocumentElement();
    } catch (Exception unreadable) {
      violations.add("la ressource %s n'est pas un DMN lisible".formatted(resource.getName()));
      return;
    }
    checkLanguages(root, root.getAttribute("id"), violations);
  }

  private static void checkLanguages(Element element, String owner, List<String> violations) {
    String id = element.getAttribute("id");
    String here = id.isEmpty() ? owner : id;
    String language = element.getAttribute("expressionLanguage").trim();
    if (!language.isEmpty() && !FEEL.contains(language.toLowerCase(Locale.ROOT))) {
      violations.add("l'élément %s utilise le langage d'expression « %s » (seul FEEL est permis)"
          .formatted(here, language));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        checkLanguages(childElement, here, violations);
      }
    }
  }
}
