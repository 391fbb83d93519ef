package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.access.ReferralRegistrationService;
import fr.logementaccompagne.engine.security.CaseAuthorizations;
import fr.logementaccompagne.engine.workflow.SystemCalls;
import fr.logementaccompagne.engine.workflow.VariableValues;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RegisterReferral}: the referral registration use case, then the case's variables and readers. */
@Component("referralRegistration")
public class ReferralRegistrationDelegate implements JavaDelegate {

  private final ReferralRegistrationService registration;
  private final CaseAuthorizations caseAuthorizations;
  private final SystemCalls systemCalls;

  public ReferralRegistrationDelegate(ReferralRegistrationService registration, CaseAuthorizations caseAuthorizations,
                              SystemCalls systemCalls) {
    this.registration = registration;
    this.caseAuthorizations = caseAuthorizations;
    this.systemCalls = systemCalls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = ReferralVariables.read(execution);
    var registered = registration.register(referral, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), systemCalls.actingUser().orElse(null));
    if (!registered.caseReference().equals(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(registered.caseReference());
    }
    caseAuthorizations.grantRead(execution.getProcessInstanceId(), registered.readerGroups());

    execution.setVariable(Vars.CASE_REFERENCE, registered.caseReference());
    execution.setVariable(Vars.HOUSEHOLD_ID, referral.householdReference());
    execution.setVariable(Vars.BASIN_CODE, registered.basinCode());
    execution.setVariable(Vars.PRIORITY_CATEGORIES, VariableValues.jsonList(referral.priorityCategories()));
    execution.setVariable(Vars.DEPENDANTS, referral.dependantsOrZero());
    execution.setVariable(Vars.PROPOSAL_COUNT, 0);
  }
}
