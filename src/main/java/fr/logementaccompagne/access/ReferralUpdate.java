package fr.logementaccompagne.access;

import fr.logementaccompagne.access.AccessPathway.Vars;
import fr.logementaccompagne.api.InvalidRequestException;
import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.workflow.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_UpdateReferral}: the partner's complements update the household before eligibility is checked again. */
@Component("referralUpdate")
public class ReferralUpdate implements JavaDelegate {

  private final ReferralValidator validator;
  private final HouseholdRepository households;

  public ReferralUpdate(ReferralValidator validator, HouseholdRepository households) {
    this.validator = validator;
    this.households = households;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = Referral.from(execution);
    var errors = validator.formErrors(referral);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    long householdId = households.idOf(referral.householdReference()).orElseThrow();
    households.update(householdId, referral.profile(), referral.priorityCategories());
    execution.setVariable(Vars.PRIORITY_CATEGORIES, VariableValues.jsonList(referral.priorityCategories()));
    execution.setVariable(Vars.DEPENDANTS, referral.dependantsOrZero());
  }
}
