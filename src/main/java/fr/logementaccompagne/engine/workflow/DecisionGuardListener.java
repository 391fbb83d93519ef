package fr.logementaccompagne.engine.workflow;

import fr.logementaccompagne.engine.step.StepAdapter;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.process.step.TaskDecisionRule;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the decision tasks: a decision variable that is missing or not one of the task's values
 * is refused with a message naming the variable and the allowed values; the task stays open (HTTP 400 on
 * {@code /engine-rest}, an error notice in Tasklist). The rules come from {@link TaskDecisionRule} beans.
 */
@Component("decisionGuard")
public class DecisionGuardListener implements TaskListener {

  private final Map<String, TaskDecisionRule> rulesByTask;

  public DecisionGuardListener(List<TaskDecisionRule> rules) {
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
    // the decision exactly as sent, a plain string: not trimmed (" CONTINUE" or "CONTINUE\u0000" would pass the
    // guard and then match no gateway condition), and never deserialized (an Object variable names its own class)
    TypedValue sent = task.getVariableTyped(rule.variable(), false);
    String value = sent != null && ValueType.STRING.equals(sent.getType()) ? (String) sent.getValue() : null;
    StepContext context = StepAdapter.contextOf(task);
    Collection<String> allowed = rule.allowedValues(context);
    if (value == null || !allowed.contains(value)) {
      throw new BadUserRequestException("Décision refusée : la variable '%s' doit valoir l'une de %s (reçu : %s)"
          .formatted(rule.variable(), allowed, received(sent)));
    }
    rule.stateCheck().apply(context, value).ifPresent(refusal -> {
      throw new BadUserRequestException("Décision refusée : " + refusal);
    });
    rule.requiredReason(value).ifPresent(reasonVariable -> {
      // a reason is text; blank is no reason (the task outputs turned a blank reason of the process API to null)
      if (!(task.getVariable(reasonVariable) instanceof String reason) || reason.isBlank()) {
        throw new BadUserRequestException("Décision '%s' : la justification '%s' est obligatoire"
            .formatted(value, reasonVariable));
      }
    });
  }

  /** What was sent, for the refusal message: short, control and format characters shown as escapes. */
  private static String received(TypedValue sent) {
    if (sent == null || sent.getType() == null || ValueType.NULL.equals(sent.getType())) {
      return "rien";
    }
    if (!ValueType.STRING.equals(sent.getType())) {
      return "une valeur de type " + sent.getType().getName();
    }
    String text = (String) sent.getValue();
    if (text == null) {
      return "rien";
    }
    StringBuilder shown = new StringBuilder("'");
    text.codePoints().limit(60).forEach(c -> shown.append(
        Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? "\\u%04X".formatted(c)
            : Character.toString(c)));
    return shown.append(text.codePointCount(0, text.length()) > 60 ? "…'" : "'").toString();
  }
}
