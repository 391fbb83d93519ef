package fr.logementaccompagne.maintien;

import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alert that opened each maintien case. */
@Repository
public class MaintienAlertRepository {

  private final JdbcClient jdbc;

  public MaintienAlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the alert; {@code sourceAlertId}, rental management's own id of it, may be null (unique otherwise). */
  public void record(String caseReference, long dwellingId, MaintienAlert alert, String sourceAlertId) {
    jdbc.sql("""
            INSERT INTO maintien_alert (case_reference, dwelling_id, arrears_amount_eur, arrears_months, trouble_kinds,
                                        source_alert_id)
            VALUES (:case, :dwelling, :amount, :months, :kinds, :source)""")
        .param("case", caseReference).param("dwelling", dwellingId)
        .param("amount", alert.arrearsAmountEur())
        .param("months", alert.arrearsMonths()).param("kinds", String.join(",", alert.troubleKinds()))
        .param("source", sourceAlertId).update();
  }

  /** The case an alert with this source id opened, with the reference of the household it was about. */
  public Optional<ReceivedAlert> bySourceId(String sourceAlertId) {
    return jdbc.sql("""
            SELECT c.case_reference, c.process_instance_id, h.reference FROM maintien_alert a
            JOIN pathway_case c ON c.case_reference = a.case_reference JOIN household h ON h.id = c.household_id
            WHERE a.source_alert_id = :source""")
        .param("source", sourceAlertId)
        .query((rs, row) -> new ReceivedAlert(new StartedCase(rs.getString(1), rs.getString(2)), rs.getString(3)))
        .optional();
  }

  public record ReceivedAlert(StartedCase startedCase, String householdReference) {
  }

  /** The alert a case was opened with, unless its household was anonymised (ADR 12). */
  public Optional<MaintienAlert> alertOf(String caseReference) {
    return jdbc.sql("""
            SELECT h.reference, d.reference, c.territory_code, a.arrears_amount_eur, a.arrears_months, a.trouble_kinds
            FROM pathway_case c JOIN household h ON h.id = c.household_id
            JOIN maintien_alert a ON a.case_reference = c.case_reference JOIN dwelling d ON d.id = a.dwelling_id
            WHERE c.case_reference = :case AND h.anonymised_at IS NULL""")
        .param("case", caseReference)
        .query((rs, row) -> new MaintienAlert(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getBigDecimal(4), rs.getInt(5), Arrays.asList(rs.getString(6).split(","))))
        .optional();
  }
}
