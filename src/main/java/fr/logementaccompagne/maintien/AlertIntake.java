package fr.logementaccompagne.maintien;

import fr.logementaccompagne.access.ReferralIntake.StartedCase;
import fr.logementaccompagne.api.InvalidRequestException;
import fr.logementaccompagne.api.UnknownReferenceException;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.workflow.SystemCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** {@code POST /api/maintien/alerts}: checks the alert and the caller, then starts the maintien pathway. */
@Service
public class AlertIntake {

  private final MaintienAlertValidator validator;
  private final CallerRights rights;
  private final PathwayCaseRepository cases;
  private final CaseReferences caseReferences;
  private final RuntimeService runtimeService;
  private final SystemCalls systemCalls;

  public AlertIntake(MaintienAlertValidator validator, CallerRights rights, PathwayCaseRepository cases,
                     CaseReferences caseReferences, RuntimeService runtimeService, SystemCalls systemCalls) {
    this.validator = validator;
    this.rights = rights;
    this.cases = cases;
    this.caseReferences = caseReferences;
    this.runtimeService = runtimeService;
    this.systemCalls = systemCalls;
  }

  public StartedCase raise(MaintienAlert alert) {
    var errors = validator.formErrors(alert);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    var unknown = validator.unknownReferences(alert);
    if (!unknown.isEmpty()) {
      throw new UnknownReferenceException(unknown);
    }
    rights.requireMayRaiseAlert(alert.territoryCode());
    cases.openCaseOf(alert.householdReference(), Pathway.MAINTIEN).ifPresent(open -> {
      throw new DuplicateOpenCaseException(open);
    });
    String caseReference = caseReferences.next(Pathway.MAINTIEN);
    var instance = systemCalls.call(() ->
        runtimeService.startProcessInstanceByKey(MaintienPathway.KEY, caseReference, alert.toVariables()));
    return new StartedCase(caseReference, instance.getId());
  }
}
