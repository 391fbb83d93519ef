package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.security.CaseReaders;
import org.springframework.stereotype.Component;

/** {@code Task_RegisterAlert}: the alert registration use case, then the case's variables and readers. */
@Component("alertRegistration")
public class AlertRegistrationStep implements ProcessStep {

  private final AlertRegistrationService registration;
  private final CaseReaders caseReaders;

  public AlertRegistrationStep(AlertRegistrationService registration, CaseReaders caseReaders) {
    this.registration = registration;
    this.caseReaders = caseReaders;
  }

  @Override
  public void execute(StepContext step) {
    MaintienAlert alert = AlertVariables.read(step);
    var registered = registration.register(alert,
        step.get(Typed.SOURCE_ALERT_ID), step.businessKey(),
        step.processInstanceId());
    if (!registered.caseReference().equals(step.businessKey())) {
      step.changeBusinessKey(registered.caseReference());
    }
    caseReaders.grantRead(step.processInstanceId(), registered.readerGroups());

    step.set(Typed.CASE_REFERENCE, registered.caseReference());
    step.set(Typed.HOUSEHOLD_ID, alert.householdReference());
    step.set(Typed.BASIN_CODE, registered.basinCode());
  }
}
