package fr.logementaccompagne.engine.workflow;

import fr.logementaccompagne.process.litigation.LitigationCommission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Task names carry the case reference ("Revue conjointe semestrielle · ACC-2026-000123"), so a caseworker's list
 * in Tasklist says which household each task is about, while the diagrams keep plain labels. A task about one file
 * of the litigation commission names that file's case, not the commission.
 */
@Component
public class CaseReferenceInTaskNames {

  static final String SEPARATOR = " · ";

  @EventListener(condition = "#task.eventName == 'create'")
  public void onTaskCreated(DelegateTask task) {
    Object file = task.getVariable(LitigationCommission.Vars.AGENDA_FILE);
    String caseReference = file instanceof String agendaFile ? agendaFile : task.getExecution().getProcessBusinessKey();
    if (caseReference != null && task.getName() != null && !task.getName().endsWith(caseReference)) {
      task.setName(task.getName() + SEPARATOR + caseReference);
    }
  }

}
