package fr.logementaccompagne.engine.labels;

import fr.logementaccompagne.labels.CodeLabels;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new task carries, as task variables, the French label of each code of its case that its form shows
 * ({@code occupancyStatusLabel} next to {@code occupancyStatus}), so that the form shows words, not codes. Task
 * variables, not case variables: a label is read when the task is open and goes with it, and a code renamed by the
 * landlord reads right in the next task. A code the catalogue does not know is shown as is, never a failure. A task
 * whose form is not a Camunda form of its deployment gets every label of its case.
 */
@Component
public class CodeLabelsInTaskForms {

  private static final String DEPLOYMENT_BINDING = "deployment";

  private final CodeLabels labels;
  private final LabelsShownByForms forms;

  public CodeLabelsInTaskForms(CodeLabels labels, LabelsShownByForms forms) {
    this.labels = labels;
    this.forms = forms;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void onTaskCreated(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a standalone task has no case to describe
    }
    Set<String> shown = shownBy(task).orElse(CodeLabels.labelledVariables());
    for (String name : shown) {
      if (task.getVariable(name) instanceof String code) {
        task.setVariableLocal(name + CodeLabels.LABEL_SUFFIX, labels.labelOf(name, code).orElse(code));
      }
    }
  }

  private Optional<Set<String>> shownBy(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null || userTask.getCamundaFormRef() == null
        || !DEPLOYMENT_BINDING.equals(userTask.getCamundaFormRefBinding())) {
      return Optional.empty();
    }
    return forms.shownBy(task.getProcessDefinitionId(), userTask.getCamundaFormRef());
  }
}
