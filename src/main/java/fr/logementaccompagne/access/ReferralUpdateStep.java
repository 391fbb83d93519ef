package fr.logementaccompagne.access;

import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.household.HouseholdRepository.HouseholdProfile;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.refusal.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * {@code Task_UpdateReferral}: the partner's complements update the case's referral, and the household when that
 * partner referred it, before eligibility is checked again.
 */
@Component("referralUpdate")
public class ReferralUpdateStep implements ProcessStep {

  private final ReferralValidator validator;
  private final HouseholdRepository households;
  private final PathwayCaseRepository cases;
  private final CaseReferralRepository caseReferrals;

  public ReferralUpdateStep(ReferralValidator validator, HouseholdRepository households, PathwayCaseRepository cases,
                            CaseReferralRepository caseReferrals) {
    this.validator = validator;
    this.households = households;
    this.cases = cases;
    this.caseReferrals = caseReferrals;
  }

  @Override
  public void execute(StepContext step) {
    Referral referral = ReferralVariables.read(step);
    var errors = validator.formErrors(referral);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    // the case's own partner, not the variable: the household is rewritten only by the partner who referred it
    var pathwayCase = cases.find(step.businessKey()).orElseThrow();
    var profile = new HouseholdProfile(referral.householdSize(), referral.dependantsOrZero(),
        referral.annualResourcesEur(), pathwayCase.territoryCode(), pathwayCase.partnerCode(),
        referral.needsMotorAdaptedDwelling());
    households.updateIfReferredBy(pathwayCase.householdId(), profile, referral.priorityCategories());
    caseReferrals.complement(pathwayCase.caseReference(), referral);
    step.set(Typed.DEPENDANTS, referral.dependantsOrZero());
  }
}
