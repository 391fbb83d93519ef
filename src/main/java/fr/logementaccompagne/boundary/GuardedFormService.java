package fr.logementaccompagne.boundary;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** Form submissions behind the boundary: Tasklist's route for task forms and start forms. */
class GuardedFormService extends FormServiceImpl {

  private final TaskOutputs outputs;
  private final StartRequests startRequests;

  GuardedFormService(TaskOutputs outputs, StartRequests startRequests) {
    this.outputs = outputs;
    this.startRequests = startRequests;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    super.submitTaskForm(taskId, outputs.accept(taskId, properties));
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                         boolean deserializeValues) {
    return super.submitTaskFormWithVariablesInReturn(taskId, outputs.accept(taskId, properties), deserializeValues);
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
