package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.eligibility.EligibilityRules;
import fr.logementaccompagne.eligibility.ResourceCeilingRule;
import fr.logementaccompagne.eligibility.ResourceCeilingTable;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckEligibility}: sets {@code eligible} and, when not, the reasons for the priority-publics unit. */
@Component("eligibilityCheck")
public class EligibilityCheckDelegate implements JavaDelegate {

  private final ResourceCeilingTable ceilingTable;
  private final ReferenceDataRepository referenceData;

  public EligibilityCheckDelegate(ResourceCeilingTable ceilingTable, ReferenceDataRepository referenceData) {
    this.ceilingTable = ceilingTable;
    this.referenceData = referenceData;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = ReferralVariables.read(execution);
    var rules = new EligibilityRules(new ResourceCeilingRule(ceilingTable), referenceData.priorityCategoryCodes());
    var assessment = rules.assess(referral.priorityCategories(), referral.householdSize(),
        referral.dependantsOrZero(), referral.annualResourcesEur(), referral.consentToAccompaniment());
    execution.setVariable(Vars.ELIGIBLE, assessment.eligible());
    execution.setVariable(Vars.INELIGIBILITY_REASONS, String.join(" ; ", assessment.reasons()));
  }
}
