package fr.logementaccompagne.overlap;

import fr.logementaccompagne.jdbc.RecordRows;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What already accompanies a household, apart from the case being checked: measures still running (internal
 * or declared common-law) and other open cases. One query, on the (household_id, end_date) index.
 */
@Repository
public class OverlapRepository {

  private final JdbcClient jdbc;

  public OverlapRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** owningCase: the case the row belongs to, null for a measure declared outside any case. */
  public record ActiveAccompaniment(String kind, String provider, String source, LocalDate since, String owningCase) {
  }

  public List<ActiveAccompaniment> activeFor(String householdReference, String excludedCaseReference,
                                             LocalDate today) {
    return jdbc.sql("""
            SELECT m.kind, m.provider, m.source, m.start_date AS since,
                   COALESCE(m.case_reference, m.declared_in_case) AS owning_case
            FROM household h
            JOIN accompaniment_measure m ON m.household_id = h.id
            WHERE h.reference = :household AND (m.end_date IS NULL OR m.end_date >= :today)
              AND (m.case_reference IS NULL OR m.case_reference <> :case)
            UNION ALL
            SELECT c.pathway, COALESCE(c.partner_code, c.territory_code), 'CASE', CAST(c.opened_at AS DATE),
                   c.case_reference
            FROM household h
            JOIN pathway_case c ON c.household_id = h.id
            WHERE h.reference = :household AND c.closed_at IS NULL AND c.case_reference <> :case
            ORDER BY since""")
        .param("household", householdReference).param("today", today).param("case", excludedCaseReference)
        .query(RecordRows.of(ActiveAccompaniment.class)).list();
  }
}
