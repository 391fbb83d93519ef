package fr.logementaccompagne.engine.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Task names carry the case reference ("Revue conjointe semestrielle · ACC-2026-000123"), so a caseworker's list
 * in Tasklist says which household each task is about, while the diagrams keep plain labels.
 */
@Component
public class CaseReferenceInTaskNames {

  static final String SEPARATOR = " · ";

  @EventListener(condition = "#task.eventName == 'create'")
  public void onTaskCreated(DelegateTask task) {
    String caseReference = task.getExecution().getProcessBusinessKey();
    if (caseReference != null && task.getName() != null && !task.getName().endsWith(caseReference)) {
      task.setName(task.getName() + SEPARATOR + caseReference);
    }
  }

}
