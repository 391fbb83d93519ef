package fr.logementaccompagne.access;

import fr.logementaccompagne.access.AccessPathway.Vars;
import fr.logementaccompagne.api.InvalidRequestException;
import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.pathway.CaseOpening;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import fr.logementaccompagne.security.CaseAuthorizations;
import fr.logementaccompagne.security.Groups;
import fr.logementaccompagne.workflow.SystemCalls;
import fr.logementaccompagne.workflow.VariableValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of every access case, in the start transaction: checks the referral, records the household (without
 * rewriting another partner's, docs/adr/0015), opens the case and keeps who referred what with it. A referral
 * started from Tasklist gets its case reference here; one from the API brings it.
 */
@Component("referralRegistration")
public class ReferralRegistration implements JavaDelegate {

  private final ReferralValidator validator;
  private final HouseholdRepository households;
  private final CaseOpening caseOpening;
  private final ReferenceDataRepository referenceData;
  private final CaseAuthorizations caseAuthorizations;
  private final CaseReferrals caseReferrals;
  private final SystemCalls systemCalls;

  public ReferralRegistration(ReferralValidator validator, HouseholdRepository households, CaseOpening caseOpening,
                              ReferenceDataRepository referenceData, CaseAuthorizations caseAuthorizations,
                              CaseReferrals caseReferrals, SystemCalls systemCalls) {
    this.caseReferrals = caseReferrals;
    this.systemCalls = systemCalls;
    this.validator = validator;
    this.households = households;
    this.caseOpening = caseOpening;
    this.referenceData = referenceData;
    this.caseAuthorizations = caseAuthorizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = Referral.from(execution);
    Map<String, String> errors = new LinkedHashMap<>(validator.formErrors(referral));
    if (errors.isEmpty()) {
      errors.putAll(validator.unknownReferences(referral));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    caseOpening.reserve(execution, Pathway.ACCESS, referral.householdReference());
    var household = households.recordReferral(referral.householdReference(), referral.profile(),
        referral.priorityCategories());
    String caseReference = caseOpening.open(execution, Pathway.ACCESS, household.id(), referral.partnerCode(),
        referral.territoryCode());
    caseReferrals.record(caseReference, referral, systemCalls.actingUser().orElse(null), household.wroteProfile());

    String basin = referenceData.basinOf(referral.territoryCode()).orElseThrow();
    caseAuthorizations.grantRead(execution.getProcessInstanceId(), List.of(Groups.partner(referral.partnerCode()),
        Groups.agency(referral.territoryCode()), Groups.coordinator(basin)));

    execution.setVariable(Vars.CASE_REFERENCE, caseReference);
    execution.setVariable(Vars.HOUSEHOLD_ID, referral.householdReference());
    execution.setVariable(Vars.BASIN_CODE, basin);
    execution.setVariable(Vars.PRIORITY_CATEGORIES, VariableValues.jsonList(referral.priorityCategories()));
    execution.setVariable(Vars.DEPENDANTS, referral.dependantsOrZero());
    execution.setVariable(Vars.PROPOSAL_COUNT, 0);
  }
}
