package fr.logementaccompagne.engine.boundary;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** Forms behind the boundary: Tasklist's route for task forms and start forms, and the start forms it shows. */
class GuardedFormService extends FormServiceImpl {

  private final TaskOutputs outputs;
  private final StartRequests startRequests;
  private final StartFormChoices startFormChoices;
  private final CompletionRaces races;

  GuardedFormService(TaskOutputs outputs, StartRequests startRequests, StartFormChoices startFormChoices,
                     CompletionRaces races) {
    this.outputs = outputs;
    this.startRequests = startRequests;
    this.startFormChoices = startFormChoices;
    this.races = races;
  }

  @Override
  public InputStream getDeployedStartForm(String processDefinitionId) {
    return startFormChoices.narrow(super.getDeployedStartForm(processDefinitionId));
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    races.complete(taskId, () -> super.submitTaskForm(taskId, outputs.accept(taskId, properties)));
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                         boolean deserializeValues) {
    return races.complete(taskId, () ->
        super.submitTaskFormWithVariablesInReturn(taskId, outputs.accept(taskId, properties), deserializeValues));
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey,
                                         Map<String, Object> properties) {
    startRequests.requireNoBusinessKey(businessKey);
    return super.submitStartForm(processDefinitionId, businessKey, properties);
  }

  @Override
  public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey,
                                             Map<String, String> properties) {
    startRequests.requireNoBusinessKey(businessKey);
    return super.submitStartFormData(processDefinitionId, businessKey, properties);
  }
}
