package fr.logementaccompagne.access;

import fr.logementaccompagne.process.access.AccessPathway;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.refusal.UnknownReferenceException;
import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.security.CallerRights;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/referrals}: checks the referral and the caller's right to make it, then starts the access
 * pathway. The household and the case are recorded by the process's first step, in the same transaction, so a
 * refused referral leaves nothing behind. The same checks guard every other way of opening an access case
 * (engine REST, Tasklist start form) through the engine adapter's start rule.
 */
@Service
public class ReferralIntake {

  private final ReferralValidator validator;
  private final CallerRights rights;
  private final CaseStarter starter;

  public ReferralIntake(ReferralValidator validator, CallerRights rights, CaseStarter starter) {
    this.validator = validator;
    this.rights = rights;
    this.starter = starter;
  }

  public StartedCase refer(Referral referral) {
    check(referral);
    return starter.start(Pathway.ACCESS, AccessPathway.KEY, referral.householdReference(), referral.toVariables());
  }

  /** The checks of a start by API or Tasklist: fields, known references, the caller's right. */
  public void check(Referral referral) {
    var errors = validator.formErrors(referral);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    var unknown = validator.unknownReferences(referral);
    if (!unknown.isEmpty()) {
      throw new UnknownReferenceException(unknown);
    }
    rights.requireMayReferFor(referral.partnerCode(), referral.territoryCode());
  }
}
