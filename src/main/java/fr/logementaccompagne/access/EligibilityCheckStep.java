package fr.logementaccompagne.access;

import fr.logementaccompagne.eligibility.EligibilityRules;
import fr.logementaccompagne.eligibility.ReferralYear;
import fr.logementaccompagne.eligibility.ResourceCeilingRule;
import fr.logementaccompagne.eligibility.ResourceCeilingTables;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckEligibility}: sets {@code eligible} and, when not, the reasons for the priority-publics unit.
 * Resources are checked against the ceilings of the referral's year.
 */
@Component("eligibilityCheck")
public class EligibilityCheckStep implements ProcessStep {

  private final ResourceCeilingTables ceilingTables;
  private final ReferenceDataRepository referenceData;
  private final ReferralYear referralYear;

  public EligibilityCheckStep(ResourceCeilingTables ceilingTables, ReferenceDataRepository referenceData,
                              ReferralYear referralYear) {
    this.ceilingTables = ceilingTables;
    this.referenceData = referenceData;
    this.referralYear = referralYear;
  }

  @Override
  public void execute(StepContext step) {
    Referral referral = ReferralVariables.read(step);
    var ceilings = new ResourceCeilingRule(ceilingTables.ofYear(referralYear.of(step.businessKey())));
    var rules = new EligibilityRules(ceilings, referenceData.priorityCategoryCodes());
    var assessment = rules.assess(referral.priorityCategories(), referral.householdSize(),
        referral.dependantsOrZero(), referral.annualResourcesEur(), referral.consentToAccompaniment());
    step.set(Typed.ELIGIBLE, assessment.eligible());
    step.set(Typed.INELIGIBILITY_REASONS, String.join(" ; ", assessment.reasons()));
  }
}
