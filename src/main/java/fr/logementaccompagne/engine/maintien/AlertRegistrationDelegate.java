package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.engine.security.CaseAuthorizations;
import fr.logementaccompagne.engine.workflow.VariableValues;
import fr.logementaccompagne.maintien.AlertRegistrationService;
import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RegisterAlert}: the alert registration use case, then the case's variables and readers. */
@Component("alertRegistration")
public class AlertRegistrationDelegate implements JavaDelegate {

  private final AlertRegistrationService registration;
  private final CaseAuthorizations caseAuthorizations;

  public AlertRegistrationDelegate(AlertRegistrationService registration, CaseAuthorizations caseAuthorizations) {
    this.registration = registration;
    this.caseAuthorizations = caseAuthorizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MaintienAlert alert = AlertVariables.read(execution);
    var registered = registration.register(alert,
        VariableValues.string(execution.getVariable(Vars.SOURCE_ALERT_ID)), execution.getProcessBusinessKey(),
        execution.getProcessInstanceId());
    if (!registered.caseReference().equals(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(registered.caseReference());
    }
    caseAuthorizations.grantRead(execution.getProcessInstanceId(), registered.readerGroups());

    execution.setVariable(Vars.CASE_REFERENCE, registered.caseReference());
    execution.setVariable(Vars.HOUSEHOLD_ID, alert.householdReference());
    execution.setVariable(Vars.BASIN_CODE, registered.basinCode());
    execution.setVariable(Vars.TROUBLE_KINDS, VariableValues.jsonList(alert.troubleKinds()));
  }
}
