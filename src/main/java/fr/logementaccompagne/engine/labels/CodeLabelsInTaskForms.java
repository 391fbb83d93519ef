package fr.logementaccompagne.engine.labels;

import fr.logementaccompagne.labels.CodeLabels;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new task carries, as task variables, the French label of each code of its case ({@code occupancyStatusLabel}
 * next to {@code occupancyStatus}), so that its form shows words, not codes. Task variables, not case variables:
 * a label is read when the task is open and goes with it, and a code renamed by the landlord reads right in the
 * next task. A code the catalogue does not know is shown as is, never a failure.
 */
@Component
public class CodeLabelsInTaskForms {

  private final CodeLabels labels;

  public CodeLabelsInTaskForms(CodeLabels labels) {
    this.labels = labels;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void onTaskCreated(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a standalone task has no case to describe
    }
    for (String name : CodeLabels.labelledVariables()) {
      if (task.getVariable(name) instanceof String code) {
        task.setVariableLocal(name + CodeLabels.LABEL_SUFFIX, labels.labelOf(name, code).orElse(code));
      }
    }
  }
}
