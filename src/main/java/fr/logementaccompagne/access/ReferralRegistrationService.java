package fr.logementaccompagne.access;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.pathway.CaseOpening;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.RegisteredCase;
import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Use case "register a referral", the first step of an access pathway: checks the referral, records the household
 * and the referral and opens the case. The engine adapter sets the variables and grants what this returns.
 */
@Service
public class ReferralRegistrationService {

  private final ReferralValidator validator;
  private final HouseholdRepository households;
  private final CaseOpening caseOpening;
  private final ReferenceDataRepository referenceData;
  private final CaseReferralRepository caseReferrals;

  public ReferralRegistrationService(ReferralValidator validator, HouseholdRepository households,
                                     CaseOpening caseOpening, ReferenceDataRepository referenceData,
                                     CaseReferralRepository caseReferrals) {
    this.validator = validator;
    this.households = households;
    this.caseOpening = caseOpening;
    this.referenceData = referenceData;
    this.caseReferrals = caseReferrals;
  }

  /**
   * Registers the referral of a process instance started with this business key (blank when started from
   * Tasklist: the case gets a new reference). {@code referredBy} is the person who sent it, if known.
   */
  public RegisteredCase register(Referral referral, String businessKey, String processInstanceId,
                                 String referredBy) {
    Map<String, String> errors = new LinkedHashMap<>(validator.formErrors(referral));
    if (errors.isEmpty()) {
      errors.putAll(validator.unknownReferences(referral));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String reserved = caseOpening.reserve(businessKey, Pathway.ACCESS, referral.householdReference());
    var household = households.recordReferral(referral.householdReference(), referral.profile(),
        referral.priorityCategories());
    String caseReference = caseOpening.open(reserved, processInstanceId, Pathway.ACCESS, household.id(),
        referral.partnerCode(), referral.territoryCode());
    caseReferrals.record(caseReference, referral, referredBy, household.wroteProfile());
    String basin = referenceData.basinOf(referral.territoryCode()).orElseThrow();
    return new RegisteredCase(caseReference, basin, List.of(Groups.partner(referral.partnerCode()),
        Groups.agency(referral.territoryCode()), Groups.coordinator(basin)));
  }
}
