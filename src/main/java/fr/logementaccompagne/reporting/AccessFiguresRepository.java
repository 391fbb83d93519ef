package fr.logementaccompagne.reporting;

import fr.logementaccompagne.quota.QuotaCounter;
import fr.logementaccompagne.quota.QuotaCounter.QuotaStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Access programme: quotas, households per contract status, referrals waiting, median durations between steps. */
@Component
class AccessFiguresRepository {

  private static final List<String> STATUSES = List.of("HOSTING", "SLIDING_LEASE", "DIRECT_LEASE");

  private final JdbcClient jdbc;
  private final QuotaCounter quotas;

  AccessFiguresRepository(JdbcClient jdbc, QuotaCounter quotas) {
    this.jdbc = jdbc;
    this.quotas = quotas;
  }

  /**
   * Programme-wide targets: for the landlord's staff only (the caller decides). A target and whether it is still
   * within reach are the programme's, so "used" is the whole programme's, said so in its label; an agency or a
   * coordinator also reads how many of those attributions are its own territory's or basin's.
   */
  ReportTable quotas(ReportPeriod period) {
    int monthsLeft = period.asOf().getYear() < period.year() ? 12 : 12 - period.asOf().getMonthValue();
    boolean wholeProgramme = period.scope().isAll();
    var table = ReportTable.named("quotas", "Objectifs annuels d'attribution " + period.year()
            + (wholeProgramme ? "" : " (tout le programme)"))
        .column("quota", "Objectif").column("target", "Cible")
        .column("used", wholeProgramme ? "Attributions" : "Attributions (tout le programme)");
    if (!wholeProgramme) {
      table.column("usedInScope", "dont votre périmètre");
    }
    table.column("remaining", "Restant").column("monthsLeft", "Mois restants")
        .column("vacantDwellings", "Logements vacants adaptés").column("withinReach", "Encore atteignable");
    Map<String, Integer> inScope = wholeProgramme ? Map.of() : attributionsInScope(period);
    for (QuotaStatus quota : quotas.statusOf(period.year())) {
      List<Object> row = new ArrayList<>(List.of(quota.label(), quota.target(), quota.used()));
      if (!wholeProgramme) {
        row.add(inScope.getOrDefault(quota.quotaCode(), 0));
      }
      row.addAll(List.of(Math.max(0, quota.target() - quota.used()), monthsLeft, quota.vacantDwellings(),
          !quota.outOfReach()));
      table.row(row.toArray());
    }
    return table.build();
  }

  /** The year's attributions counted towards each quota, over the cases in the caller's scope. */
  private Map<String, Integer> attributionsInScope(ReportPeriod period) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql("""
            SELECT a.quota_code, COUNT(*) AS n
            FROM quota_attribution a
            JOIN pathway_case pc ON pc.case_reference = a.case_reference
            WHERE a.quota_year = :quotaYear AND """ + period.scopeSql() + """
            GROUP BY a.quota_code""")
        .params(period.scope().params()).param("quotaYear", period.year())
        .query((rs, row) -> counts.put(rs.getString("quota_code"), rs.getInt("n"))).list();
    return counts;
  }

  /** Households in a dwelling today, per programme and partner, by contract status. */
  ReportTable householdsByStatus(ReportPeriod period) {
    Map<List<String>, Map<String, Integer>> counts = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT COALESCE(pg.label, 'Hors programme') AS programme, COALESCE(pa.label, '—') AS partner,
                   c.status, COUNT(*) AS n
            FROM occupancy_contract c
            JOIN pathway_case pc ON pc.case_reference = c.case_reference
            JOIN dwelling d ON d.id = c.dwelling_id
            LEFT JOIN programme pg ON pg.code = d.programme_code
            LEFT JOIN partner pa ON pa.code = pc.partner_code
            WHERE c.end_date IS NULL AND """ + period.scopeSql() + """
            GROUP BY pg.label, pa.label, c.status ORDER BY 1, 2""")
        .params(period.scope().params())
        .query((rs, row) -> counts.computeIfAbsent(List.of(rs.getString("programme"), rs.getString("partner")),
            key -> new HashMap<>()).put(rs.getString("status"), rs.getInt("n")))
        .list();
    var table = ReportTable.named("households_by_status", "Ménages logés par statut, programme et partenaire")
        .column("programme", "Programme").column("partner", "Partenaire")
        .column("hosting", "Hébergement").column("slidingLease", "Bail glissant")
        .column("directLease", "Bail direct").column("total", "Total");
    counts.forEach((key, byStatus) -> {
      int hosting = byStatus.getOrDefault("HOSTING", 0);
      int sliding = byStatus.getOrDefault("SLIDING_LEASE", 0);
      int direct = byStatus.getOrDefault("DIRECT_LEASE", 0);
      table.row(key.get(0), key.get(1), hosting, sliding, direct, hosting + sliding + direct);
    });
    return table.build();
  }

  /** Open referrals that have no dwelling yet, per territory, and for how long they wait. */
  ReportTable waitingReferrals(ReportPeriod period) {
    Map<String, List<Long>> waits = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT t.label AS territory, pc.opened_at FROM pathway_case pc
            JOIN territory t ON t.code = pc.territory_code
            WHERE pc.pathway = 'ACCESS' AND pc.closed_at IS NULL AND pc.dwelling_id IS NULL
              AND """ + period.scopeSql() + " ORDER BY t.label")
        .params(period.scope().params())
        .query((rs, row) -> waits.computeIfAbsent(rs.getString("territory"), key -> new ArrayList<>())
            .add(ChronoUnit.DAYS.between(rs.getTimestamp("opened_at").toLocalDateTime().toLocalDate(),
                period.asOf())))
        .list();
    var table = ReportTable.named("waiting_referrals", "Orientations en attente d'un logement")
        .column("territory", "Territoire").column("waiting", "Orientations en attente")
        .column("medianDays", "Attente médiane (jours)").column("longestDays", "Attente la plus longue (jours)");
    waits.forEach((territory, days) -> table.row(territory, days.size(), Medians.of(days),
        days.stream().mapToLong(Long::longValue).max().orElse(0)));
    return table.build();
  }

  /**
   * Median months from referral to entry, hosting to sliding lease and sliding lease to direct lease, over the
   * steps taken during the year (a case's contracts follow each other on the same dwelling).
   */
  ReportTable medianDurations(ReportPeriod period) {
    Map<String, LocalDate> referredOn = new HashMap<>();
    Map<String, Map<String, LocalDate>> startsByCase = new HashMap<>();
    jdbc.sql("""
            SELECT pc.case_reference, pc.opened_at, c.status, c.start_date FROM pathway_case pc
            JOIN occupancy_contract c ON c.case_reference = pc.case_reference
            WHERE pc.pathway = 'ACCESS' AND EXISTS (SELECT 1 FROM occupancy_contract y
                  WHERE y.case_reference = pc.case_reference AND y.start_date >= :from AND y.start_date < :to)
              AND """ + period.scopeSql())
        .param("from", period.firstDay()).param("to", period.nextYearFirstDay()).params(period.scope().params())
        .query((rs, row) -> {
          String reference = rs.getString("case_reference");
          referredOn.put(reference, rs.getTimestamp("opened_at").toLocalDateTime().toLocalDate());
          return startsByCase.computeIfAbsent(reference, key -> new HashMap<>())
              .merge(rs.getString("status"), rs.getDate("start_date").toLocalDate(),
                  (a, b) -> a.isBefore(b) ? a : b);
        })
        .list();
    List<Long> toEntry = new ArrayList<>();
    List<Long> toSliding = new ArrayList<>();
    List<Long> toDirect = new ArrayList<>();
    startsByCase.forEach((reference, starts) -> {
      LocalDate entry = STATUSES.stream().map(starts::get).filter(date -> date != null).min(LocalDate::compareTo)
          .orElseThrow();
      addIfInYear(toEntry, referredOn.get(reference), entry, period);
      addIfInYear(toSliding, starts.get("HOSTING"), starts.get("SLIDING_LEASE"), period);
      addIfInYear(toDirect, starts.get("SLIDING_LEASE"), starts.get("DIRECT_LEASE"), period);
    });
    return ReportTable.named("median_durations", "Durées médianes du parcours")
        .column("step", "Étape").column("cases", "Dossiers").column("medianMonths", "Durée médiane (mois)")
        .row("De l'orientation à l'entrée dans le logement", toEntry.size(), Medians.monthsOfDays(toEntry))
        .row("De l'hébergement au bail glissant", toSliding.size(), Medians.monthsOfDays(toSliding))
        .row("Du bail glissant au bail direct", toDirect.size(), Medians.monthsOfDays(toDirect))
        .build();
  }

  private static void addIfInYear(List<Long> days, LocalDate from, LocalDate to, ReportPeriod period) {
    if (from != null && to != null && to.getYear() == period.year()) {
      days.add(ChronoUnit.DAYS.between(from, to));
    }
  }
}
