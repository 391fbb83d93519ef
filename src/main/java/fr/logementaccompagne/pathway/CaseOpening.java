package fr.logementaccompagne.pathway;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens the case of a pathway's first step: at most one open case per household and pathway (checked, then
 * enforced by the database under concurrency); a case started from Tasklist gets its reference here.
 */
@Component
public class CaseOpening {

  private final PathwayCaseRepository cases;
  private final CaseReferences caseReferences;

  public CaseOpening(PathwayCaseRepository cases, CaseReferences caseReferences) {
    this.cases = cases;
    this.caseReferences = caseReferences;
  }

  /** Refuses a second open case before anything is written. */
  public void requireNoOpenCase(String householdReference, Pathway pathway) {
    cases.openCaseOf(householdReference, pathway).ifPresent(open -> {
      throw new DuplicateOpenCaseException(open);
    });
  }

  /**
   * First thing of a pathway's first step: takes the case's number (the intake API has already taken it, in the
   * same transaction) and so the pathway's register lock, then refuses a second open case. Two intakes of one
   * household meet at that lock, and the second sees the first's case: a clean 409, never a duplicate key.
   */
  public void reserve(DelegateExecution execution, Pathway pathway, String householdReference) {
    String caseReference = execution.getProcessBusinessKey();
    if (caseReference == null || caseReference.isBlank()) {
      execution.setProcessBusinessKey(caseReferences.next(pathway));
    }
    requireNoOpenCase(householdReference, pathway);
  }

  /** Opens the case of this process instance (reserved first) and returns its reference (the business key). */
  public String open(DelegateExecution execution, Pathway pathway, long householdId, String partnerCode,
                     String territoryCode) {
    String caseReference = execution.getProcessBusinessKey();
    try {
      cases.open(caseReference, pathway, householdId, partnerCode, territoryCode, execution.getProcessInstanceId());
    } catch (DuplicateKeyException raceLost) {
      throw new DuplicateOpenCaseException(null);
    }
    return caseReference;
  }
}
