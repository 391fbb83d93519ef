package fr.logementaccompagne.pathway;

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
   * Opens the case of this process instance and returns its reference: the business key it was started with,
   * or a new one (for a start from Tasklist) which the caller sets as business key.
   */
  public String open(String businessKey, String processInstanceId, Pathway pathway, long householdId,
                     String partnerCode, String territoryCode) {
    String caseReference = businessKey;
    if (caseReference == null || caseReference.isBlank()) {
      caseReference = caseReferences.next(pathway);
    }
    try {
      cases.open(caseReference, pathway, householdId, partnerCode, territoryCode, processInstanceId);
    } catch (DuplicateKeyException raceLost) {
      throw new DuplicateOpenCaseException(null);
    }
    return caseReference;
  }
}
