package fr.logementaccompagne.process.step;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The decision a user task must carry: its variable, the values allowed, and the reason some values need. */
public record TaskDecisionRule(String processKey, String taskDefinitionKey, String variable,
                               Function<StepContext, Collection<String>> allowedValuesOf,
                               Map<String, String> reasonVariableByValue,
                               BiFunction<StepContext, String, Optional<String>> stateCheck) {

  public TaskDecisionRule(String processKey, String taskDefinitionKey, String variable,
                          Function<StepContext, Collection<String>> allowedValuesOf) {
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
  public TaskDecisionRule withStateCheck(BiFunction<StepContext, String, Optional<String>> check) {
    return new TaskDecisionRule(processKey, taskDefinitionKey, variable, allowedValuesOf, reasonVariableByValue,
        check);
  }

  public Collection<String> allowedValues(StepContext task) {
    return allowedValuesOf.apply(task);
  }

  public Optional<String> requiredReason(String value) {
    return Optional.ofNullable(reasonVariableByValue.get(value));
  }
}
