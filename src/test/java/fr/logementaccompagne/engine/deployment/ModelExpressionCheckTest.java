package fr.logementaccompagne.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.litigation.LitigationAgenda;
import fr.logementaccompagne.maintien.MaintienTimers;
import fr.logementaccompagne.engine.pathway.CaseClosure;
import fr.logementaccompagne.engine.workflow.DecisionGuardListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.GenericApplicationContext;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** What a model's expression may do, without the application: the expressions of processes/ and hostile ones. */
class ModelExpressionCheckTest {

  static final ModelExpressionCheck CHECK = new ModelExpressionCheck(new ModelBeans(context()));

  static GenericApplicationContext context() {
    GenericApplicationContext context = new GenericApplicationContext();
    context.registerBean("decisionGuard", DecisionGuardListener.class, () -> new DecisionGuardListener(List.of()));
    context.registerBean("maintienTimers", MaintienTimers.class, MaintienTimers::new);
    context.registerBean("caseClosure", CaseClosure.class, () -> new CaseClosure(null, null, null));
    context.registerBean("litigationAgenda", LitigationAgenda.class,
        () -> new LitigationAgenda(null, null, null, null, null));
    context.registerBean("identityService", Object.class, Object::new);
    context.registerBean("householdRepository", Object.class, Object::new);
    context.refresh();
    return context;
  }

  @Test
  void everyExpressionOfTheProjectsModelsIsAllowed() throws Exception {
    List<String> expressions = new ArrayList<>();
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        collect(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement(), expressions);
      }
    }

    assertThat(expressions).hasSizeGreaterThan(50).contains("${caseClosure.close(execution, 'COMPLETED')}",
        "#{execution.processBusinessKey}", "${maintienTimers.diagnosticDue}");
    assertThat(expressions).allSatisfy(expression -> assertThat(CHECK.refusal(expression)).as(expression).isEmpty());
  }

  private static void collect(Element element, List<String> expressions) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      addIfExpression(attributes.item(i).getNodeValue(), expressions);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collect(childElement, expressions);
      } else if (child.getNodeType() == Node.TEXT_NODE) {
        addIfExpression(child.getNodeValue().trim(), expressions);
      }
    }
  }

  private static void addIfExpression(String value, List<String> expressions) {
    if (ModelExpressionCheck.isExpression(value)) {
      expressions.add(value);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"${decisionGuard}", "partner-${partnerCode}", "${proposalCount < 3}",
      "${diagnosticConclusion == 'PSYCHIATRIC_ACCOMPANIMENT' ? 3 : 2}", "${accompanimentTariff.amountEur}",
      "${execution.getVariable('reviewDecision') == 'ADVANCE' && occupancyStatus != 'DIRECT_LEASE'}",
      "${task.getVariable('x')}", "${codes[0]}", "${tariff['amountEur'] > 100}", "${!eligible}", "P30D"})
  void allowed(String expression) {
    assertThat(CHECK.refusal(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${identityService.createMembership('analyste','camunda-admin')}", "${identityService}",
      "${householdRepository}", "${execution.processEngineServices.identityService}",
      "${execution.getProcessEngineServices()}", "${execution.processEngine}", "${execution.processInstance}",
      "${task.execution.processEngineServices}", "${execution['processEngineServices']}",
      "${execution[name]}", "${'x'.getClass().forName('java.lang.Runtime')}", "${maintienTimers.class}",
      "${maintienTimers.setReportPeriod('PT1S')}", "${now()}", "${S('{}').mapTo('java.io.File')}",
      "${reviewDecision.toString()}", "${codes.stream().count()}", "${decisionGuard.notify(task).class}",
      "${(execution).processEngineServices}", "${(true ? execution : task).processEngine}", "${unclosed"})
  void refused(String expression) {
    assertThat(CHECK.refusal(expression)).as(expression).isPresent();
  }
}
