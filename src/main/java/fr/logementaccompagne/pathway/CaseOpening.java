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
   * First thing of a pathway's first step: takes the case's number (the intake API has already taken it, in the
   * same transaction, as the business key) and so the pathway's register lock, then refuses a second open case.
   * Two intakes of one household meet at that lock, and the second sees the first's case: a clean 409, never a
   * duplicate key. Returns the case reference, which the caller sets as business key when it was blank (a start
   * from Tasklist).
   */
  public String reserve(String businessKey, Pathway pathway, String householdReference) {
    String caseReference = businessKey == null || businessKey.isBlank() ? caseReferences.next(pathway) : businessKey;
    requireNoOpenCase(householdReference, pathway);
    return caseReference;
  }

  /** Opens the case reserved under this reference for this process instance and returns the reference. */
  public String open(String caseReference, String processInstanceId, Pathway pathway, long householdId,
                     String partnerCode, String territoryCode) {
    try {
      cases.open(caseReference, pathway, householdId, partnerCode, territoryCode, processInstanceId);
    } catch (DuplicateKeyException raceLost) {
      throw DuplicateOpenCaseException.raceLost(householdId, pathway);
    }
    return caseReference;
  }
}
