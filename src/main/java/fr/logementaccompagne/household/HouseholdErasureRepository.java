package fr.logementaccompagne.household;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows a household's erasure (GDPR, ADR 12) reads, deletes, anonymises and audits. */
@Repository
public class HouseholdErasureRepository {

  private final JdbcClient jdbc;

  public HouseholdErasureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Long> idOf(String householdReference) {
    return jdbc.sql("SELECT id FROM household WHERE reference = :reference")
        .param("reference", householdReference).query(Long.class).optional();
  }

  public List<String> processInstancesOf(long householdId) {
    return jdbc.sql("SELECT process_instance_id FROM pathway_case WHERE household_id = :id"
        + " AND process_instance_id IS NOT NULL").param("id", householdId).query(String.class).list();
  }

  public int openCasesOf(long householdId) {
    return jdbc.sql("SELECT COUNT(*) FROM pathway_case WHERE household_id = :id AND closed_at IS NULL")
        .param("id", householdId).query(Integer.class).single();
  }

  public int casesOf(long householdId) {
    return jdbc.sql("SELECT COUNT(*) FROM pathway_case WHERE household_id = :id").param("id", householdId)
        .query(Integer.class).single();
  }

  /** Deletes the household's personal rows and anonymises what the programme's figures keep. */
  public void anonymise(long householdId) {
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
  }

  public void audit(String erasedBy, long householdId, int cases, int historyInstancesDeleted) {
    jdbc.sql("""
            INSERT INTO erasure_audit (erased_by, household_id, cases_count, history_instances)
            VALUES (:by, :id, :cases, :history)""")
        .param("by", erasedBy).param("id", householdId).param("cases", cases).param("history", historyInstancesDeleted)
        .update();
  }
}
