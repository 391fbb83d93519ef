package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.access.CaseReferrals;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.access.ReferralValidator;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.household.HouseholdRepository.HouseholdProfile;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.engine.workflow.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_UpdateReferral}: the partner's complements update the case's referral, and the household when that
 * partner referred it, before eligibility is checked again.
 */
@Component("referralUpdate")
public class ReferralUpdateDelegate implements JavaDelegate {

  private final ReferralValidator validator;
  private final HouseholdRepository households;
  private final PathwayCaseRepository cases;
  private final CaseReferrals caseReferrals;

  public ReferralUpdateDelegate(ReferralValidator validator, HouseholdRepository households, PathwayCaseRepository cases,
                        CaseReferrals caseReferrals) {
    this.validator = validator;
    this.households = households;
    this.cases = cases;
    this.caseReferrals = caseReferrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = ReferralVariables.read(execution);
    var errors = validator.formErrors(referral);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    // the case's own partner, not the variable: the household is rewritten only by the partner who referred it
    var pathwayCase = cases.find(execution.getProcessBusinessKey()).orElseThrow();
    var profile = new HouseholdProfile(referral.householdSize(), referral.dependantsOrZero(),
        referral.annualResourcesEur(), pathwayCase.territoryCode(), pathwayCase.partnerCode(),
        referral.needsMotorAdaptedDwelling());
    households.updateIfReferredBy(pathwayCase.householdId(), profile, referral.priorityCategories());
    caseReferrals.complement(pathwayCase.caseReference(), referral);
    execution.setVariable(Vars.PRIORITY_CATEGORIES, VariableValues.jsonList(referral.priorityCategories()));
    execution.setVariable(Vars.DEPENDANTS, referral.dependantsOrZero());
  }
}
