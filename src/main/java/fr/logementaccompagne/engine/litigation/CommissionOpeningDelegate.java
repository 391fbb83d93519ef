package fr.logementaccompagne.engine.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.litigation.CommissionRepository;
import fr.logementaccompagne.litigation.LitigationAgenda;
import fr.logementaccompagne.litigation.LitigationSettings;

import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.engine.workflow.VariableValues;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BuildAgenda}: numbers the commission (its business key), fixes its session date (chosen by the
 * manager who convened it, or set after the preparation period when the schedule convened it) and puts on its
 * agenda the files the store selects.
 */
@Component("commissionOpening")
public class CommissionOpeningDelegate implements JavaDelegate {

  private final CommissionRepository commissions;
  private final LitigationAgenda agenda;
  private final LitigationSettings settings;
  private final Clock clock;

  public CommissionOpeningDelegate(CommissionRepository commissions, LitigationAgenda agenda, LitigationSettings settings,
                           Clock clock) {
    this.commissions = commissions;
    this.agenda = agenda;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String chosen = VariableValues.string(execution.getVariable(Vars.SESSION_DATE));
    LocalDate session = chosen != null ? LocalDate.parse(chosen.substring(0, 10))
        : LocalDate.now(clock).plus(settings.getPreparationPeriod());
    var commission = commissions.create(session, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(commission.number());
    var selection = agenda.selection();
    selection.forEach((caseReference, criteria) ->
        commissions.addFile(commission.id(), caseReference, criteria, null));
    execution.setVariable(Vars.COMMISSION_ID, commission.id());
    execution.setVariable(Vars.COMMISSION_NUMBER, commission.number());
    execution.setVariable(Vars.SESSION_DATE, session.toString());
    execution.setVariable(Vars.AGENDA_SUMMARY,
        agenda.summary(agenda.describeAll(commissions.files(commission.id()))));
  }
}
