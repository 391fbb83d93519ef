package fr.logementaccompagne.litigation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The maintien cases the litigation commission's criteria select, and what its agenda shows of each. */
@Repository
public class AgendaRepository {

  private final JdbcClient jdbc;

  public AgendaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An open maintien case of a household whose earlier maintien case closed before it opened. */
  public record ReopenedCase(String caseReference, LocalDateTime openedAt, LocalDateTime previousClosedAt) {
  }

  /** A maintien case as the store holds it, for the agenda. */
  public record CaseRow(String caseReference, long householdId, String processInstanceId, LocalDateTime closedAt,
                        String outcome, String finalOutcome, String territory, BigDecimal arrearsAmountEur,
                        Integer arrearsMonths) {
  }

  public record MeasureRow(String kind, LocalDate startDate, LocalDate endDate) {
  }

  public List<String> evictionProceduresClosedSince(Timestamp since) {
    return jdbc.sql("""
            SELECT case_reference FROM pathway_case WHERE pathway = 'MAINTIEN' AND final_outcome = 'EVICTION_PROCEDURE'
              AND closed_at >= :since""")
        .param("since", since).query(String.class).list();
  }

  public List<String> openWithArrearsFrom(BigDecimal amountEur, int months) {
    return jdbc.sql("""
            SELECT c.case_reference FROM pathway_case c JOIN maintien_alert a ON a.case_reference = c.case_reference
            WHERE c.pathway = 'MAINTIEN' AND c.closed_at IS NULL
              AND a.arrears_amount_eur >= :amount AND a.arrears_months >= :months""")
        .param("amount", amountEur).param("months", months).query(String.class).list();
  }

  public List<String> consentRefusedClosedSince(Timestamp since) {
    return jdbc.sql("""
            SELECT case_reference FROM pathway_case WHERE pathway = 'MAINTIEN' AND outcome = 'CONSENT_REFUSED'
              AND closed_at >= :since""")
        .param("since", since).query(String.class).list();
  }

  public List<String> casesOfInstances(List<String> processInstanceIds) {
    return jdbc.sql("SELECT case_reference FROM pathway_case WHERE process_instance_id IN (:instances)")
        .param("instances", processInstanceIds).query(String.class).list();
  }

  public List<ReopenedCase> reopenedCases() {
    return jdbc.sql("""
            SELECT c.case_reference, c.opened_at, p.closed_at FROM pathway_case c
            JOIN pathway_case p ON p.household_id = c.household_id AND p.pathway = 'MAINTIEN'
                                   AND p.case_reference <> c.case_reference AND p.closed_at IS NOT NULL
            WHERE c.pathway = 'MAINTIEN' AND c.closed_at IS NULL AND p.closed_at <= c.opened_at""")
        .query((rs, row) -> new ReopenedCase(rs.getString("case_reference"),
            rs.getTimestamp("opened_at").toLocalDateTime(), rs.getTimestamp("closed_at").toLocalDateTime()))
        .list();
  }

  public Optional<CaseRow> maintienCase(String caseReference) {
    return jdbc.sql("""
            SELECT c.case_reference, c.household_id, c.process_instance_id, c.closed_at, c.outcome, c.final_outcome,
                   t.label AS territory, a.arrears_amount_eur, a.arrears_months
            FROM pathway_case c
            LEFT JOIN territory t ON t.code = c.territory_code
            LEFT JOIN maintien_alert a ON a.case_reference = c.case_reference
            WHERE c.case_reference = :case AND c.pathway = 'MAINTIEN'""")
        .param("case", caseReference)
        .query((rs, row) -> new CaseRow(rs.getString("case_reference"), rs.getLong("household_id"),
            rs.getString("process_instance_id"),
            rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toLocalDateTime(),
            rs.getString("outcome"), rs.getString("final_outcome"), rs.getString("territory"),
            rs.getBigDecimal("arrears_amount_eur"), (Integer) rs.getObject("arrears_months", Integer.class)))
        .optional();
  }

  public boolean isMaintienCase(String caseReference) {
    return jdbc.sql("SELECT COUNT(*) FROM pathway_case WHERE case_reference = :case AND pathway = 'MAINTIEN'")
        .param("case", caseReference).query(Integer.class).single() > 0;
  }

  public List<MeasureRow> measuresOf(long householdId) {
    return jdbc.sql("""
            SELECT kind, start_date, end_date FROM accompaniment_measure WHERE household_id = :household
            ORDER BY start_date, id""")
        .param("household", householdId)
        .query((rs, row) -> new MeasureRow(rs.getString("kind"), rs.getDate("start_date").toLocalDate(),
            rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate()))
        .list();
  }
}
