package fr.logementaccompagne.engine.workflow;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The decision a user task must carry: its variable, the values allowed, and the reason some values need. */
public record TaskDecisionRule(String processKey, String taskDefinitionKey, String variable,
                               Function<DelegateTask, Collection<String>> allowedValuesOf,
                               Map<String, String> reasonVariableByValue,
                               BiFunction<DelegateTask, String, Optional<String>> stateCheck) {

  public TaskDecisionRule(String processKey, String taskDefinitionKey, String variable,
                          Function<DelegateTask, Collection<String>> allowedValuesOf) {
    this(processKey, taskDefinitionKey, variable, allowedValuesOf, Map.of(), (task, value) -> Optional.empty());
  }

  public static TaskDecisionRule of(String processKey, String taskDefinitionKey, String variable,
                                    Class<? extends Enum<?>> values) {
    List<String> names = Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
    return new TaskDecisionRule(processKey, taskDefinitionKey, variable, task -> names);
  }

  public TaskDecisionRule withReason(String value, String reasonVariable) {
    var reasons = new HashMap<>(reasonVariableByValue);
    reasons.put(value, reasonVariable);
    return new TaskDecisionRule(processKey, taskDefinitionKey, variable, allowedValuesOf, Map.copyOf(reasons),
        stateCheck);
  }

  /** A check of the case's current state for a value; returns the French refusal message when it fails. */
  public TaskDecisionRule withStateCheck(BiFunction<DelegateTask, String, Optional<String>> check) {
    return new TaskDecisionRule(processKey, taskDefinitionKey, variable, allowedValuesOf, reasonVariableByValue,
        check);
  }

  Collection<String> allowedValues(DelegateTask task) {
    return allowedValuesOf.apply(task);
  }

  Optional<String> requiredReason(String value) {
    return Optional.ofNullable(reasonVariableByValue.get(value));
  }
}
