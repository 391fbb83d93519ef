package fr.logementaccompagne.pathway;

import fr.logementaccompagne.jdbc.RecordRows;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases: the reference users quote, the household, the process instance behind it, open or closed. */
@Repository
public class PathwayCaseRepository {

  private final JdbcClient jdbc;

  public PathwayCaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record PathwayCase(String caseReference, String pathway, long householdId, String householdReference,
                            String partnerCode, String territoryCode, Long dwellingId, String processInstanceId,
                            String outcome, boolean stillOpen) {
  }

  public void open(String caseReference, Pathway pathway, long householdId, String partnerCode,
                   String territoryCode, String processInstanceId) {
    jdbc.sql("""
            INSERT INTO pathway_case (case_reference, pathway, household_id, partner_code, territory_code,
                                      process_instance_id)
            VALUES (:case, :pathway, :household, :partner, :territory, :instance)""")
        .param("case", caseReference).param("pathway", pathway.name()).param("household", householdId)
        .param("partner", partnerCode).param("territory", territoryCode).param("instance", processInstanceId)
        .update();
  }

  public Optional<PathwayCase> find(String caseReference) {
    return jdbc.sql("""
            SELECT c.case_reference, c.pathway, c.household_id, h.reference AS household_reference, c.partner_code,
                   c.territory_code, c.dwelling_id, c.process_instance_id, c.outcome,
                   c.closed_at IS NULL AS still_open
            FROM pathway_case c JOIN household h ON h.id = c.household_id
            WHERE c.case_reference = :case""")
        .param("case", caseReference).query(RecordRows.of(PathwayCase.class)).optional();
  }

  /** The household's open case of that pathway, if any. */
  public Optional<String> openCaseOf(String householdReference, Pathway pathway) {
    return jdbc.sql("""
            SELECT c.case_reference FROM pathway_case c JOIN household h ON h.id = c.household_id
            WHERE h.reference = :household AND c.pathway = :pathway AND c.closed_at IS NULL""")
        .param("household", householdReference).param("pathway", pathway.name())
        .query(String.class).optional();
  }

  public Optional<String> openCaseOf(long householdId, Pathway pathway) {
    return jdbc.sql("""
            SELECT case_reference FROM pathway_case
            WHERE household_id = :household AND pathway = :pathway AND closed_at IS NULL""")
        .param("household", householdId).param("pathway", pathway.name())
        .query(String.class).optional();
  }

  public void assignDwelling(String caseReference, long dwellingId) {
    jdbc.sql("UPDATE pathway_case SET dwelling_id = :dwelling WHERE case_reference = :case")
        .param("dwelling", dwellingId).param("case", caseReference).update();
  }

  /** Closes the case once; closing again keeps the first outcome (retried jobs, listeners). */
  /** The maintien final report's outcome, for the reports. */
  public void recordFinalOutcome(String caseReference, String finalOutcome) {
    jdbc.sql("UPDATE pathway_case SET final_outcome = :outcome WHERE case_reference = :case")
        .param("outcome", finalOutcome).param("case", caseReference).update();
  }

  public void close(String caseReference, String outcome) {
    jdbc.sql("""
            UPDATE pathway_case SET closed_at = CURRENT_TIMESTAMP, outcome = :outcome
            WHERE case_reference = :case AND closed_at IS NULL""")
        .param("outcome", outcome).param("case", caseReference).update();
  }

  /** An open case and its process instance. */
  public record OpenCase(String caseReference, String processInstanceId) {
  }

  /** The open maintien case (with an instance) of the household of this case, if any. */
  public Optional<OpenCase> openMaintienCaseOfHouseholdOf(String caseReference) {
    return jdbc.sql("""
            SELECT o.case_reference, o.process_instance_id FROM pathway_case f
            JOIN pathway_case o ON o.household_id = f.household_id AND o.pathway = 'MAINTIEN' AND o.closed_at IS NULL
                                   AND o.process_instance_id IS NOT NULL
            WHERE f.case_reference = :case""")
        .param("case", caseReference)
        .query((rs, row) -> new OpenCase(rs.getString(1), rs.getString(2))).optional();
  }

  /** When the case's referral was recorded; empty for a case without a recorded referral. */
  public Optional<LocalDateTime> referredAt(String caseReference) {
    return jdbc.sql("SELECT referred_at FROM case_referral WHERE case_reference = :case")
        .param("case", caseReference).query(Timestamp.class).optional()
        .map(Timestamp::toLocalDateTime);
  }

  /**
   * The next number of the pathway's case references this year. Call it in the transaction that opens the case:
   * the UPDATE locks the pathway's row until commit, so concurrent callers queue here.
   */
  public int nextCaseNumber(Pathway pathway, int year) {
    jdbc.sql("""
            UPDATE case_counter
            SET last_value = CASE WHEN case_year = :year THEN last_value + 1 ELSE 1 END, case_year = :year
            WHERE pathway = :pathway""")
        .param("year", year).param("pathway", pathway.name()).update();
    return jdbc.sql("SELECT last_value FROM case_counter WHERE pathway = :pathway")
        .param("pathway", pathway.name()).query(Integer.class).single();
  }
}
