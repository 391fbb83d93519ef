package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.access.ReferralValidator;
import fr.logementaccompagne.process.access.AccessPathway;

import fr.logementaccompagne.api.InvalidRequestException;
import fr.logementaccompagne.api.UnknownReferenceException;
import fr.logementaccompagne.engine.boundary.StartRule;
import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.engine.security.CallerRights;
import fr.logementaccompagne.engine.workflow.VariableKinds;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/referrals}: checks the referral and the caller's right to make it, then starts the access
 * pathway. The household and the case are recorded by the process's first step, in the same transaction, so a
 * refused referral leaves nothing behind. The same checks guard every other way of opening an access case
 * (engine REST, Tasklist start form) as its {@link StartRule}.
 */
@Service
public class ReferralIntake implements StartRule {

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

  @Override
  public String processKey() {
    return AccessPathway.KEY;
  }

  @Override
  public void check(VariableScope startVariables) {
    VariableKinds.require(startVariables, Referral.KINDS);
    Referral referral = Referral.from(startVariables);
    check(referral);
    starter.requireNoOpenCase(referral.householdReference(), Pathway.ACCESS);
  }

  private void check(Referral referral) {
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
