package fr.logementaccompagne.maintien;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alert that opened each maintien case. */
@Repository
public class MaintienAlertRepository {

  private final JdbcClient jdbc;

  public MaintienAlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String caseReference, long dwellingId, MaintienAlert alert) {
    jdbc.sql("""
            INSERT INTO maintien_alert (case_reference, dwelling_id, arrears_amount_eur, arrears_months, trouble_kinds)
            VALUES (:case, :dwelling, :amount, :months, :kinds)""")
        .param("case", caseReference).param("dwelling", dwellingId)
        .param("amount", alert.arrearsAmountEur())
        .param("months", alert.arrearsMonths()).param("kinds", String.join(",", alert.troubleKinds())).update();
  }
}
