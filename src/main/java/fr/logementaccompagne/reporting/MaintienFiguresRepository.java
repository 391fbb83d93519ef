package fr.logementaccompagne.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Maintien programme: the year's envelope, what is committed by lot and territory, cases per stage, outcomes. */
@Component
class MaintienFiguresRepository {

  /** Evictions in the landlord's own 2013 figures, the reference the programme is judged against. */
  static final int EVICTIONS_2013 = 17;

  private final JdbcClient jdbc;
  private final BigDecimal diagnosticPrice;

  MaintienFiguresRepository(JdbcClient jdbc, @Value("${la.maintien.diagnostic-price-eur:900}") BigDecimal diagnosticPrice) {
    this.jdbc = jdbc;
    this.diagnosticPrice = diagnosticPrice;
  }

  /**
   * The whole envelope (programme-wide: for the landlord's staff only), with the year-end projection at the pace of
   * the days gone by and how many lot-1 diagnostics what is left still pays for.
   */
  ReportTable envelope(ReportPeriod period) {
    var table = ReportTable.named("envelope", "Enveloppe maintien " + period.year())
        .column("amountEur", "Enveloppe (EUR)").column("committedEur", "Engagé (EUR)")
        .column("remainingEur", "Reste (EUR)").column("projectedEur", "Projection fin d'année (EUR)")
        .column("diagnosticsLeft", "Diagnostics encore finançables");
    jdbc.sql("SELECT amount_eur, committed_eur FROM budget_envelope WHERE budget_year = :year")
        .param("year", period.year())
        .query((rs, row) -> {
          BigDecimal amount = rs.getBigDecimal("amount_eur");
          BigDecimal committed = rs.getBigDecimal("committed_eur");
          BigDecimal remaining = amount.subtract(committed);
          table.row(amount, committed, remaining, projection(committed, period),
              remaining.signum() <= 0 ? 0 : remaining.divide(diagnosticPrice, 0, RoundingMode.FLOOR).intValue());
          return row;
        }).list();
    return table.build();
  }

  private static BigDecimal projection(BigDecimal committed, ReportPeriod period) {
    if (period.asOf().getYear() != period.year()) {
      return committed;
    }
    int elapsed = period.asOf().getDayOfYear();
    return committed.multiply(BigDecimal.valueOf(period.asOf().lengthOfYear()))
        .divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP);
  }

  ReportTable committedByLotAndTerritory(ReportPeriod period) {
    var table = ReportTable.named("committed_by_lot", "Engagements de l'année par lot et territoire")
        .column("lot", "Lot").column("territory", "Territoire").column("orders", "Bons de commande")
        .column("committedEur", "Engagé (EUR)");
    jdbc.sql("""
            SELECT po.lot_number, t.label AS territory, COUNT(*) AS orders, SUM(po.amount_eur) AS committed
            FROM purchase_order po
            JOIN pathway_case pc ON pc.case_reference = po.case_reference
            JOIN territory t ON t.code = po.territory_code
            WHERE po.budget_year = :year AND po.status <> 'CANCELLED' AND """ + period.scopeSql() + """
            GROUP BY po.lot_number, t.label ORDER BY po.lot_number, t.label""")
        .param("year", period.year()).params(period.scope().params())
        .query((rs, row) -> table.row("Lot " + rs.getInt("lot_number"), rs.getString("territory"),
            rs.getInt("orders"), rs.getBigDecimal("committed")))
        .list();
    return table.build();
  }

  /** Open maintien cases by how far they went: the highest lot ordered tells the stage. */
  ReportTable casesPerStage(ReportPeriod period) {
    Map<String, Integer> stages = new LinkedHashMap<>();
    stages.put("Consentement et vérifications", 0);
    stages.put("Diagnostic social (lot 1)", 0);
    stages.put("Accompagnement (lot 2 ou 3)", 0);
    jdbc.sql("""
            SELECT s.lot, COUNT(*) AS n FROM (
              SELECT (SELECT MAX(po.lot_number) FROM purchase_order po
                      WHERE po.case_reference = pc.case_reference AND po.status <> 'CANCELLED') AS lot
              FROM pathway_case pc
              WHERE pc.pathway = 'MAINTIEN' AND pc.closed_at IS NULL AND """ + period.scopeSql() + """
            ) s GROUP BY s.lot""")
        .params(period.scope().params())
        .query((rs, row) -> {
          int lot = rs.getInt("lot");
          String stage = rs.wasNull() ? "Consentement et vérifications"
              : lot == 1 ? "Diagnostic social (lot 1)" : "Accompagnement (lot 2 ou 3)";
          return stages.merge(stage, rs.getInt("n"), Integer::sum);
        })
        .list();
    var table = ReportTable.named("maintien_stages", "Dossiers maintien en cours par étape")
        .column("stage", "Étape").column("cases", "Dossiers");
    stages.forEach(table::row);
    return table.build();
  }

  /** Cases closed in the year by final outcome, evictions avoided, beside the 2013 reference. */
  ReportTable outcomes(ReportPeriod period) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    FrenchLabels.MAINTIEN_OUTCOME.keySet().stream().sorted().forEach(code -> counts.put(code, 0));
    jdbc.sql("""
            SELECT pc.final_outcome, COUNT(*) AS n FROM pathway_case pc
            WHERE pc.pathway = 'MAINTIEN' AND pc.closed_at >= :from AND pc.closed_at < :to
              AND pc.final_outcome IS NOT NULL AND """ + period.scopeSql() + " GROUP BY pc.final_outcome")
        .param("from", period.yearStart()).param("to", period.yearEnd()).params(period.scope().params())
        .query((rs, row) -> counts.put(rs.getString("final_outcome"), rs.getInt("n")))
        .list();
    var table = ReportTable.named("maintien_outcomes", "Issues des dossiers maintien clos en " + period.year())
        .column("outcome", "Issue").column("cases", "Dossiers");
    counts.forEach((code, n) -> table.row(FrenchLabels.of(FrenchLabels.MAINTIEN_OUTCOME, code), n));
    table.row("Expulsions évitées", counts.getOrDefault("MAINTAINED", 0));
    table.row("Référence 2013 : expulsions", EVICTIONS_2013);
    return table.build();
  }
}
