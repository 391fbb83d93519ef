package fr.logementaccompagne.engine.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Refuses, before the engine's own deployers, a deployment that breaks the {@link ReleaseRules} the build checks:
 * an analyst's deployment from Modeler or Cockpit gets the same rules, in French, naming the element.
 */
class ReleaseRulesCheck implements Deployer {

  private final ReleaseRules rules;

  ReleaseRulesCheck(ReleaseRules rules) {
    this.rules = rules;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // a deployment read back into another node's cache carries only the diagram asked for, without its forms:
    // the rules were checked when it was deployed
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Collection<ResourceEntity> resources = deployment.getResources().values();
    Set<String> formIds = new HashSet<>();
    for (ResourceEntity resource : resources) {
      if (name(resource).endsWith(".form")) {
        ReleaseRules.formId(new ByteArrayInputStream(resource.getBytes())).ifPresent(formIds::add);
      }
    }
    List<String> findings = new ArrayList<>();
    for (ResourceEntity resource : resources) {
      String name = name(resource);
      boolean bpmn = name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
      boolean dmn = name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
      if (!bpmn && !dmn) {
        continue;
      }
      try {
        var document = ReleaseRules.parse(new ByteArrayInputStream(resource.getBytes()));
        findings.addAll(bpmn ? rules.checkBpmn(resource.getName(), document, formIds)
            : rules.checkDmn(resource.getName(), document));
      } catch (Exception unreadable) {
        // the engine's own parser reports an unreadable model with its line and column
      }
    }
    if (!findings.isEmpty()) {
      throw new DeploymentRefusedException("Déploiement refusé : " + String.join(" ; ", findings));
    }
  }

  private static String name(ResourceEntity resource) {
    return resource.getName().toLowerCase(Locale.ROOT);
  }
}
