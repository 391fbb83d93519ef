package fr.logementaccompagne.reporting;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes cases straight into the domain store, with the dates a figure's test needs. */
class ReportSeed {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final JdbcClient jdbc;

  ReportSeed(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long household() {
    jdbc.sql("INSERT INTO household (reference, household_size) VALUES (:reference, 2)")
        .param("reference", "RPT-H" + NEXT.incrementAndGet()).update();
    return lastId("household");
  }

  long dwelling(String territory, String programme) {
    jdbc.sql("""
            INSERT INTO dwelling (reference, territory_code, commune, typology, financing, programme_code)
            VALUES (:reference, :territory, 'Lille', 'T3', 'PLAI', :programme)""")
        .param("reference", "RPT-D" + NEXT.incrementAndGet()).param("territory", territory)
        .param("programme", programme).update();
    return lastId("dwelling");
  }

  private long lastId(String table) {
    return jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single();
  }

  /** An access case referred on that day, in a dwelling of its own (null: waiting for one). */
  String accessCase(String partner, String territory, LocalDate referredOn, boolean housed, String programme) {
    String reference = "ACC-RPT-" + NEXT.incrementAndGet();
    jdbc.sql("""
            INSERT INTO pathway_case (case_reference, pathway, household_id, partner_code, territory_code,
                                      dwelling_id, opened_at)
            VALUES (:reference, 'ACCESS', :household, :partner, :territory, :dwelling, :openedAt)""")
        .param("reference", reference).param("household", household()).param("partner", partner)
        .param("territory", territory).param("dwelling", housed ? dwelling(territory, programme) : null)
        .param("openedAt", referredOn.atTime(9, 0)).update();
    return reference;
  }

  /** A contract of the case on its dwelling, from {@code start} to {@code end} (null: open). */
  void contract(String caseReference, String status, LocalDate start, LocalDate end) {
    jdbc.sql("""
            INSERT INTO occupancy_contract (dwelling_id, household_id, status, holder, partner_code, start_date,
                                            end_date, case_reference)
            SELECT pc.dwelling_id, pc.household_id, :status, :holder, pc.partner_code, :start, :end,
                   pc.case_reference
            FROM pathway_case pc WHERE pc.case_reference = :reference""")
        .param("status", status).param("holder", "DIRECT_LEASE".equals(status) ? "HOUSEHOLD" : "PARTNER")
        .param("start", start).param("end", end).param("reference", caseReference).update();
  }

  void review(String caseReference, LocalDate on, String level) {
    jdbc.sql("""
            INSERT INTO evaluation (case_reference, evaluated_on, contract_status, decision, debt_trend,
                                    family_stability, dwelling_appropriation, employment, training, energy_control,
                                    waste_sorting, activities_participation, dwelling_fits_needs)
            VALUES (:reference, :on, 'SLIDING_LEASE', 'CONTINUE', :level, :level, :level, 'STABLE', 'DEGRADING',
                    :level, :level, 'NOT_ASSESSED', :level)""")
        .param("reference", caseReference).param("on", on).param("level", level).update();
  }

  String maintienCase(String territory, LocalDate closedOn, String finalOutcome) {
    String reference = "MNT-RPT-" + NEXT.incrementAndGet();
    jdbc.sql("""
            INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code, closed_at,
                                      final_outcome)
            VALUES (:reference, 'MAINTIEN', :household, :territory, :closedAt, :outcome)""")
        .param("reference", reference).param("household", household()).param("territory", territory)
        .param("closedAt", closedOn == null ? null : closedOn.atTime(12, 0)).param("outcome", finalOutcome)
        .update();
    return reference;
  }

  void order(String caseReference, int lot, String provider, String territory, int year, int amountEur) {
    jdbc.sql("""
            INSERT INTO purchase_order (order_number, case_reference, lot_number, provider_code, territory_code,
                                        budget_year, amount_eur, status)
            VALUES (:number, :reference, :lot, :provider, :territory, :year, :amount, 'COMMITTED')""")
        .param("number", "BC-RPT-" + NEXT.incrementAndGet()).param("reference", caseReference).param("lot", lot)
        .param("provider", provider).param("territory", territory).param("year", year).param("amount", amountEur)
        .update();
  }

  void quotaAttribution(int year, String quota, String caseReference, LocalDate on) {
    jdbc.sql("""
            INSERT INTO quota_attribution (quota_year, quota_code, case_reference, attributed_on)
            VALUES (:year, :quota, :reference, :on)""")
        .param("year", year).param("quota", quota).param("reference", caseReference).param("on", on).update();
  }

  void envelopeCommitted(int year, int committedEur) {
    jdbc.sql("UPDATE budget_envelope SET committed_eur = :committed WHERE budget_year = :year")
        .param("committed", committedEur).param("year", year).update();
  }
}
