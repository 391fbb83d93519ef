package fr.logementaccompagne.access;

import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.security.CaseReaders;
import fr.logementaccompagne.security.SystemActions;
import org.springframework.stereotype.Component;

/** {@code Task_RegisterReferral}: the referral registration use case, then the case's variables and readers. */
@Component("referralRegistration")
public class ReferralRegistrationStep implements ProcessStep {

  private final ReferralRegistrationService registration;
  private final CaseReaders caseReaders;
  private final SystemActions systemActions;

  public ReferralRegistrationStep(ReferralRegistrationService registration, CaseReaders caseReaders,
                                  SystemActions systemActions) {
    this.registration = registration;
    this.caseReaders = caseReaders;
    this.systemActions = systemActions;
  }

  @Override
  public void execute(StepContext step) {
    Referral referral = ReferralVariables.read(step);
    var registered = registration.register(referral, step.businessKey(),
        step.processInstanceId(), systemActions.actingUser().orElse(null));
    if (!registered.caseReference().equals(step.businessKey())) {
      step.changeBusinessKey(registered.caseReference());
    }
    caseReaders.grantRead(step.processInstanceId(), registered.readerGroups());

    step.set(Typed.CASE_REFERENCE, registered.caseReference());
    step.set(Typed.HOUSEHOLD_ID, referral.householdReference());
    step.set(Typed.BASIN_CODE, registered.basinCode());
    step.set(Typed.DEPENDANTS, referral.dependantsOrZero());
    step.set(Typed.PROPOSAL_COUNT, 0);
  }
}
