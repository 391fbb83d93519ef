package fr.logementaccompagne.engine.boundary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/** The engine's runtime service behind the boundary: starts as {@link StartRequests} allows, guarded variables. */
class GuardedRuntimeService extends RuntimeServiceImpl {

  private final StartRequests startRequests;
  private final VariableWrites variableWrites;

  GuardedRuntimeService(StartRequests startRequests, VariableWrites variableWrites) {
    this.startRequests = startRequests;
    this.variableWrites = variableWrites;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
    return startRequests.guard(super.createProcessInstanceById(processDefinitionId));
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
    return startRequests.guard(super.createProcessInstanceByKey(processDefinitionKey));
  }

  @Override
  public MessageCorrelationBuilder createMessageCorrelation(String messageName) {
    return VariableSettingBuilders.guard(super.createMessageCorrelation(messageName), variableWrites);
  }

  @Override
  public ProcessInstanceModificationBuilder createProcessInstanceModification(String processInstanceId) {
    return VariableSettingBuilders.guard(super.createProcessInstanceModification(processInstanceId),
        variableWrites);
  }

  @Override
  public MigrationPlanBuilder createMigrationPlan(String sourceProcessDefinitionId,
                                                  String targetProcessDefinitionId) {
    return VariableSettingBuilders.guard(super.createMigrationPlan(sourceProcessDefinitionId,
        targetProcessDefinitionId), variableWrites);
  }

  @Override
  protected void setVariables(String executionId, Map<String, ?> variables, boolean local) {
    variableWrites.check(variables == null ? null : variables.keySet());
    super.setVariables(executionId, variables, local);
  }

  @Override
  protected void updateVariables(String executionId, Map<String, ?> modifications, Collection<String> deletions,
                                 boolean local) {
    variableWrites.check(modifications == null ? null : modifications.keySet());
    variableWrites.check(deletions);
    super.updateVariables(executionId, modifications, deletions, local);
  }

  @Override
  public void removeVariable(String executionId, String variableName) {
    variableWrites.check(List.of(variableName));
    super.removeVariable(executionId, variableName);
  }

  @Override
  public void removeVariableLocal(String executionId, String variableName) {
    variableWrites.check(List.of(variableName));
    super.removeVariableLocal(executionId, variableName);
  }

  @Override
  public void removeVariables(String executionId, Collection<String> variableNames) {
    variableWrites.check(variableNames);
    super.removeVariables(executionId, variableNames);
  }

  @Override
  public void removeVariablesLocal(String executionId, Collection<String> variableNames) {
    variableWrites.check(variableNames);
    super.removeVariablesLocal(executionId, variableNames);
  }

  @Override
  public Batch setVariablesAsync(List<String> processInstanceIds, ProcessInstanceQuery processInstanceQuery,
                                 HistoricProcessInstanceQuery historicProcessInstanceQuery,
                                 Map<String, ?> variables) {
    variableWrites.check(variables == null ? null : variables.keySet());
    return super.setVariablesAsync(processInstanceIds, processInstanceQuery, historicProcessInstanceQuery,
        variables);
  }

  @Override
  public Batch setVariablesAsync(List<String> processInstanceIds, Map<String, ?> variables) {
    variableWrites.check(variables == null ? null : variables.keySet());
    return super.setVariablesAsync(processInstanceIds, variables);
  }

  @Override
  public Batch setVariablesAsync(ProcessInstanceQuery processInstanceQuery, Map<String, ?> variables) {
    variableWrites.check(variables == null ? null : variables.keySet());
    return super.setVariablesAsync(processInstanceQuery, variables);
  }

  @Override
  public Batch setVariablesAsync(HistoricProcessInstanceQuery historicProcessInstanceQuery, Map<String, ?> variables) {
    variableWrites.check(variables == null ? null : variables.keySet());
    return super.setVariablesAsync(historicProcessInstanceQuery, variables);
  }
}
