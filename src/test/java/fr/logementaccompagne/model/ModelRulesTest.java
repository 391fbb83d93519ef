package fr.logementaccompagne.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        "bad.bpmn: process bad-process has no camunda:historyTimeToLive",
        "bad.bpmn: userTask 'Activity_0abc123' has a generated id; give it a meaningful one",
        "bad.bpmn: userTask 'Activity_0abc123' has no camunda:formRef",
        "bad.bpmn: userTask 'Task_Undrawn' has no diagram shape (BPMN DI)",
        "bad.bpmn: userTask 'Task_Undrawn' references form 'missing-form', not found in forms/",
        "bad.bpmn: userTask 'Task_Undrawn' must use camunda:formRefBinding=\"deployment\"",
        "bad.bpmn: serviceTask 'Task_JavaClass' must call a Spring bean with camunda:delegateExpression=\"${beanName}\"",
        "bad.bpmn: serviceTask 'Task_UnknownBean' calls bean 'missingBean', which does not exist",
        "bad.bpmn: businessRuleTask 'Task_Decide' references decision 'no-such-decision', not found in processes/",
        "bad.bpmn: endEvent 'End_Unnamed' has no label",
        "bad.dmn: decision bad-decision has no camunda:historyTimeToLive",
        "good.form: form id 'good-form' is used by duplicate.form too",
        "good.form: textfield 'Field_noKey' has no key");
  }

  /** Bean names of the project's components, found the way Spring's component scan names them. */
  private static Set<String> springBeanNames() {
    var scanner = new ClassPathScanningCandidateComponentProvider(true);
    var names = new AnnotationBeanNameGenerator();
    var registry = new DefaultListableBeanFactory();
    return scanner.findCandidateComponents("fr.logementaccompagne").stream()
        .map(definition -> names.generateBeanName(definition, registry))
        .collect(Collectors.toSet());
  }
}
