package fr.logementaccompagne.engine.boundary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service behind the boundary: completions carry the task's outputs only, and the loser of two
 * completions is told the task is already done.
 */
class GuardedTaskService extends TaskServiceImpl {

  private final TaskOutputs outputs;
  private final VariableWrites variableWrites;
  private final CompletionRaces races;

  GuardedTaskService(TaskOutputs outputs, VariableWrites variableWrites, CompletionRaces races) {
    this.outputs = outputs;
    this.variableWrites = variableWrites;
    this.races = races;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    races.complete(taskId, () -> super.complete(taskId, outputs.accept(taskId, variables)));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                   boolean deserializeValues) {
    return races.complete(taskId, () ->
        super.completeWithVariablesInReturn(taskId, outputs.accept(taskId, variables), deserializeValues));
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    races.complete(taskId, () -> super.resolveTask(taskId, outputs.accept(taskId, variables)));
  }

  @Override
  protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
    variableWrites.check(variables == null ? null : variables.keySet());
    super.setVariables(taskId, variables, local);
  }

  @Override
  protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions,
                                 boolean local) {
    variableWrites.check(modifications == null ? null : modifications.keySet());
    variableWrites.check(deletions);
    super.updateVariables(taskId, modifications, deletions, local);
  }

  @Override
  public void removeVariable(String taskId, String variableName) {
    variableWrites.check(List.of(variableName));
    super.removeVariable(taskId, variableName);
  }

  @Override
  public void removeVariableLocal(String taskId, String variableName) {
    variableWrites.check(List.of(variableName));
    super.removeVariableLocal(taskId, variableName);
  }

  @Override
  public void removeVariables(String taskId, Collection<String> variableNames) {
    variableWrites.check(variableNames);
    super.removeVariables(taskId, variableNames);
  }

  @Override
  public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
    variableWrites.check(variableNames);
    super.removeVariablesLocal(taskId, variableNames);
  }
}
