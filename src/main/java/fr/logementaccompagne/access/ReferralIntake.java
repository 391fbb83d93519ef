package fr.logementaccompagne.access;

import fr.logementaccompagne.api.UnknownReferenceException;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.workflow.SystemCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/referrals}: checks the referral and the caller's right to make it, then starts the access
 * pathway. The household and the case are recorded by the process's first step, in the same transaction, so a
 * refused referral leaves nothing behind.
 */
@Service
public class ReferralIntake {

  private final ReferralValidator validator;
  private final CallerRights rights;
  private final PathwayCaseRepository cases;
  private final CaseReferences caseReferences;
  private final RuntimeService runtimeService;
  private final SystemCalls systemCalls;

  public ReferralIntake(ReferralValidator validator, CallerRights rights, PathwayCaseRepository cases,
                        CaseReferences caseReferences, RuntimeService runtimeService, SystemCalls systemCalls) {
    this.validator = validator;
    this.rights = rights;
    this.cases = cases;
    this.caseReferences = caseReferences;
    this.runtimeService = runtimeService;
    this.systemCalls = systemCalls;
  }

  public record StartedCase(String caseReference, String processInstanceId) {
  }

  public StartedCase refer(Referral referral) {
    var errors = validator.formErrors(referral);
    if (!errors.isEmpty()) {
      throw new InvalidReferralException(errors);
    }
    var unknown = validator.unknownReferences(referral);
    if (!unknown.isEmpty()) {
      throw new UnknownReferenceException(unknown);
    }
    rights.requireMayReferFor(referral.partnerCode());
    cases.openCaseOf(referral.householdReference(), Pathway.ACCESS).ifPresent(open -> {
      throw new DuplicateOpenCaseException(open);
    });
    String caseReference = caseReferences.next(Pathway.ACCESS);
    ProcessInstance instance = systemCalls.call(() ->
        runtimeService.startProcessInstanceByKey(AccessPathway.KEY, caseReference, referral.toVariables()));
    return new StartedCase(caseReference, instance.getId());
  }
}
