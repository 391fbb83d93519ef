package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.eligibility.EligibilityRules;
import fr.logementaccompagne.eligibility.ResourceCeilingRule;
import fr.logementaccompagne.eligibility.ReferralYear;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckEligibility}: sets {@code eligible} and, when not, the reasons for the priority-publics unit.
 * Resources are checked against the ceilings of the referral's year.
 */
@Component("eligibilityCheck")
public class EligibilityCheckDelegate implements JavaDelegate {

  private final DmnResourceCeilingTable ceilingTables;
  private final ReferenceDataRepository referenceData;
  private final ReferralYear referralYear;

  public EligibilityCheckDelegate(DmnResourceCeilingTable ceilingTables, ReferenceDataRepository referenceData,
                                  ReferralYear referralYear) {
    this.ceilingTables = ceilingTables;
    this.referenceData = referenceData;
    this.referralYear = referralYear;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = ReferralVariables.read(execution);
    var ceilings = new ResourceCeilingRule(ceilingTables.ofYear(referralYear.of(execution.getProcessBusinessKey())));
    var rules = new EligibilityRules(ceilings, referenceData.priorityCategoryCodes());
    var assessment = rules.assess(referral.priorityCategories(), referral.householdSize(),
        referral.dependantsOrZero(), referral.annualResourcesEur(), referral.consentToAccompaniment());
    execution.setVariable(Vars.ELIGIBLE, assessment.eligible());
    execution.setVariable(Vars.INELIGIBILITY_REASONS, String.join(" ; ", assessment.reasons()));
  }
}
