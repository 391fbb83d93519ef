package fr.logementaccompagne.household;

import fr.logementaccompagne.refusal.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Right to erasure (GDPR art. 17) for a household whose cases are all closed: its personal fields are
 * anonymised in the domain store, the engine's history of its cases is deleted, and one audit line without
 * personal data is kept. Occupancy contracts and orders stay, attached to the anonymised household, because
 * the landlord must keep its lettings and spending.
 */
@Service
public class HouseholdErasure {

  private final HouseholdErasureRepository rows;
  private final CaseHistory caseHistory;

  public HouseholdErasure(HouseholdErasureRepository rows, CaseHistory caseHistory) {
    this.rows = rows;
    this.caseHistory = caseHistory;
  }

  public record ErasureResult(int casesCount, int historyInstancesDeleted) {
  }

  /** Runs without the caller's engine authorizations: the controller checks that the caller is an administrator. */
  @Transactional
  public ErasureResult erase(String householdReference, String erasedBy) {
    long householdId = rows.idOf(householdReference)
        .orElseThrow(() -> new NotFoundException("Ménage inconnu : " + householdReference));
    List<String> instances = rows.processInstancesOf(householdId);
    if (rows.openCasesOf(householdId) > 0 || caseHistory.anyRunning(instances)) {
      throw new ErasureRefusedException("Effacement refusé : le ménage a un dossier en cours");
    }
    int historyInstancesDeleted = caseHistory.erase(instances);
    rows.anonymise(householdId);
    int cases = rows.casesOf(householdId);
    rows.audit(erasedBy, householdId, cases, historyInstancesDeleted);
    return new ErasureResult(cases, historyInstancesDeleted);
  }
}
