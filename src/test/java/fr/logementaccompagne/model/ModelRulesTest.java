package fr.logementaccompagne.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.engine.deployment.ReleaseRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/** Every diagram, decision and form of the project follows the modelling conventions (docs/design.md section 3). */
class ModelRulesTest {

  private static final Path ROOT = Path.of(System.getProperty("project.root", "."));

  @Test
  void projectModelsFollowTheConventions() throws Exception {
    List<String> findings = new ModelRules(springBeanNames())
        .check(ROOT.resolve("processes"), ROOT.resolve("forms"));
    assertThat(findings).as("model convention findings").isEmpty();
  }

  @Test
  void eachRuleReportsItsViolation() throws Exception {
    Path bad = Path.of(getClass().getResource("/model-rules/bad").toURI());
    List<String> findings = new ModelRules(Set.of("existingBean"))
        .check(bad.resolve("processes"), bad.resolve("forms"));

    assertThat(findings).containsExactlyInAnyOrder(
        "bad.bpmn : le processus bad-process n'a pas de durée de conservation de l'historique"
            + " (camunda:historyTimeToLive)",
        "bad.bpmn: userTask 'Activity_0abc123' has a generated id; give it a meaningful one",
        "bad.bpmn: userTask 'Activity_0abc123' has no camunda:formRef",
        "bad.bpmn: userTask 'Task_Undrawn' has no diagram shape (BPMN DI)",
        "bad.bpmn : la tâche Task_Undrawn utilise le formulaire « missing-form », absent du déploiement",
        "bad.bpmn: userTask 'Task_Undrawn' must use camunda:formRefBinding=\"deployment\"",
        "bad.bpmn: serviceTask 'Task_JavaClass' must call a Spring bean with camunda:delegateExpression=\"${beanName}\"",
        "bad.bpmn : la tâche de service Task_UnknownBean appelle le service « missingBean », qui n'existe pas dans"
            + " l'application",
        "bad.bpmn: businessRuleTask 'Task_Decide' references decision 'no-such-decision', not found in processes/",
        "bad.bpmn: endEvent 'End_Unnamed' has no label",
        "bad.dmn : la décision bad-decision n'a pas de durée de conservation de l'historique"
            + " (camunda:historyTimeToLive)",
        "good.form: form id 'good-form' is used by duplicate.form too",
        "good.form: textfield 'Field_noKey' has no key");
  }

  @Test
  void everyServiceTaskIsDrawnFromATemplateNamingAnExistingBean() throws Exception {
    List<String> findings = new ElementTemplateRules().check(
        ElementTemplateRules.load(ROOT.resolve(".camunda/element-templates")),
        List.of(ROOT.resolve("processes/access-pathway.bpmn"), ROOT.resolve("processes/maintien-pathway.bpmn"),
            ROOT.resolve("processes/maintien-purchase-order.bpmn")),
        springBeanNames(), formIds(ROOT.resolve("forms")));
    assertThat(findings).as("element template findings").isEmpty();
  }

  @Test
  void eachTemplateRuleReportsItsViolation() throws Exception {
    Path bad = Path.of(getClass().getResource("/model-rules").toURI());
    List<String> findings = new ElementTemplateRules().check(ElementTemplateRules.load(bad.resolve("bad-templates")),
        List.of(bad.resolve("bad/processes/bad.bpmn")), Set.of("existingBean"), Set.of("good-form"));

    assertThat(findings).containsExactlyInAnyOrder(
        "bad.json: template 'test.unknown-bean' calls bean 'missingBean', which does not exist",
        "bad.json: template 'test.editable-bean' must fix (Hidden) the camunda:delegateExpression of a project bean",
        "bad.json: template 'test.unknown-bean' is defined twice",
        "bad.json: template 'test.unknown-bean' references form 'missing-form', not found in forms/",
        "bad.json: template 'test.unknown-listener' listens with bean 'missingCloser', which does not exist",
        "bad.bpmn: endEvent 'End_Unnamed' is not drawn from an element template (camunda:modelerTemplate ''"
            + " unknown)",
        "bad.bpmn: serviceTask 'Task_JavaClass' is not drawn from an element template (camunda:modelerTemplate ''"
            + " unknown)",
        "bad.bpmn: serviceTask 'Task_UnknownBean' is not drawn from an element template (camunda:modelerTemplate ''"
            + " unknown)",
        "bad.bpmn: serviceTask 'Task_KnownBean' is not drawn from an element template (camunda:modelerTemplate ''"
            + " unknown)");
  }

  static Set<String> formIds(Path forms) throws Exception {
    try (var files = Files.list(forms)) {
      Set<String> ids = new HashSet<>();
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        try (var in = Files.newInputStream(form)) {
          ReleaseRules.formId(in).ifPresent(ids::add);
        }
      }
      return ids;
    }
  }

  /** Bean names of the project's components, found the way Spring's component scan names them. */
  static Set<String> springBeanNames() {
    var scanner = new ClassPathScanningCandidateComponentProvider(true);
    var names = new AnnotationBeanNameGenerator();
    var registry = new DefaultListableBeanFactory();
    return scanner.findCandidateComponents("fr.logementaccompagne").stream()
        .map(definition -> names.generateBeanName(definition, registry))
        .collect(Collectors.toSet());
  }
}
