package fr.logementaccompagne.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the decision tasks: a decision variable that is missing or not one of the task's values
 * is refused with a message naming the variable and the allowed values; the task stays open (HTTP 400 on
 * {@code /engine-rest}, an error notice in Tasklist). The rules come from {@link TaskDecisionRule} beans.
 */
@Component("decisionGuard")
public class DecisionGuard implements TaskListener {

  private final Map<String, TaskDecisionRule> rulesByTask;

  public DecisionGuard(List<TaskDecisionRule> rules) {
    this.rulesByTask = rules.stream().collect(java.util.stream.Collectors.toMap(
        rule -> rule.processKey() + "/" + rule.taskDefinitionKey(), rule -> rule));
  }

  @Override
  public void notify(DelegateTask task) {
    String processKey = task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getKey();
    TaskDecisionRule rule = rulesByTask.get(processKey + "/" + task.getTaskDefinitionKey());
    if (rule == null) {
      return;
    }
    String value = VariableValues.string(task.getVariable(rule.variable()));
    Collection<String> allowed = rule.allowedValues(task);
    if (value == null || !allowed.contains(value)) {
      throw new BadUserRequestException("Décision refusée : la variable '%s' doit valoir l'une de %s (reçu : %s)"
          .formatted(rule.variable(), allowed, value == null ? "rien" : "'" + value + "'"));
    }
    rule.stateCheck().apply(task, value).ifPresent(refusal -> {
      throw new BadUserRequestException("Décision refusée : " + refusal);
    });
    rule.requiredReason(value).ifPresent(reasonVariable -> {
      if (VariableValues.string(task.getVariable(reasonVariable)) == null) {
        throw new BadUserRequestException("Décision '%s' : la justification '%s' est obligatoire"
            .formatted(value, reasonVariable));
      }
    });
  }
}
