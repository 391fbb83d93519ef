package fr.logementaccompagne.household;

import fr.logementaccompagne.refusal.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private final JdbcClient jdbc;
  private final CaseHistory caseHistory;

  public HouseholdErasure(JdbcClient jdbc, CaseHistory caseHistory) {
    this.jdbc = jdbc;
    this.caseHistory = caseHistory;
  }

  public record ErasureResult(int casesCount, int historyInstancesDeleted) {
  }

  /** Runs without the caller's engine authorizations: the controller checks that the caller is an administrator. */
  @Transactional
  public ErasureResult erase(String householdReference, String erasedBy) {
    long householdId = jdbc.sql("SELECT id FROM household WHERE reference = :reference")
        .param("reference", householdReference).query(Long.class).optional()
        .orElseThrow(() -> new NotFoundException("Ménage inconnu : " + householdReference));
    List<String> instances = jdbc.sql("SELECT process_instance_id FROM pathway_case WHERE household_id = :id"
            + " AND process_instance_id IS NOT NULL").param("id", householdId).query(String.class).list();
    int openCases = jdbc.sql("SELECT COUNT(*) FROM pathway_case WHERE household_id = :id AND closed_at IS NULL")
        .param("id", householdId).query(Integer.class).single();
    if (openCases > 0 || caseHistory.anyRunning(instances)) {
      throw new ErasureRefusedException("Effacement refusé : le ménage a un dossier en cours");
    }

    int historyInstancesDeleted = caseHistory.erase(instances);

    jdbc.sql("DELETE FROM household_priority_category WHERE household_id = :id").param("id", householdId).update();
    jdbc.sql("DELETE FROM household_need WHERE household_id = :id").param("id", householdId).update();
    // the cases' referrals keep who referred and when (the landlord's audit trail), not the household's figures
    jdbc.sql("""
            DELETE FROM case_referral_category WHERE case_reference IN (SELECT case_reference FROM pathway_case
                                                                        WHERE household_id = :id)""")
        .param("id", householdId).update();
    jdbc.sql("""
            UPDATE case_referral SET household_size = NULL, dependants = NULL, annual_resources_eur = NULL,
                   needs_motor_adapted = FALSE
            WHERE case_reference IN (SELECT case_reference FROM pathway_case WHERE household_id = :id)""")
        .param("id", householdId).update();
    jdbc.sql("""
            DELETE FROM evaluation WHERE case_reference IN (SELECT case_reference FROM pathway_case
                                                            WHERE household_id = :id)""")
        .param("id", householdId).update();
    // documents issued for the household's cases (purchase orders) go with it
    jdbc.sql("""
            DELETE FROM issued_document WHERE case_reference IN (SELECT case_reference FROM pathway_case
                                                                 WHERE household_id = :id)""")
        .param("id", householdId).update();
    // the commission's decisions stay for its figures; the free text about the household goes
    jdbc.sql("""
            UPDATE litigation_file SET preparation_reason = NULL, decision_note = NULL
            WHERE case_reference IN (SELECT case_reference FROM pathway_case WHERE household_id = :id)""")
        .param("id", householdId).update();
    jdbc.sql("""
            DELETE FROM maintien_alert WHERE case_reference IN (SELECT case_reference FROM pathway_case
                                                                WHERE household_id = :id)""")
        .param("id", householdId).update();
    jdbc.sql("""
            UPDATE household SET reference = :anonymous, household_size = NULL, dependants = 0,
                   composition_category = NULL, annual_resources_eur = NULL, needs_motor_adapted = FALSE,
                   anonymised_at = CURRENT_TIMESTAMP
            WHERE id = :id""")
        .param("anonymous", "ANONYME-" + householdId).param("id", householdId).update();
    int cases = jdbc.sql("SELECT COUNT(*) FROM pathway_case WHERE household_id = :id").param("id", householdId)
        .query(Integer.class).single();
    jdbc.sql("""
            INSERT INTO erasure_audit (erased_by, household_id, cases_count, history_instances)
            VALUES (:by, :id, :cases, :history)""")
        .param("by", erasedBy).param("id", householdId).param("cases", cases).param("history", historyInstancesDeleted)
        .update();
    return new ErasureResult(cases, historyInstancesDeleted);
  }
}
