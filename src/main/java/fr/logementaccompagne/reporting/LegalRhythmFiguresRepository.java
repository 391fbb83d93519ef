package fr.logementaccompagne.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legal rhythm of the access programme (DESIGN section 6): a joint review every review period (6 months) after
 * the last one or the entry, the prefect told 2 months before a sliding lease's review, the association's mission
 * normally at most 24 months in sliding lease (a warning from 18 months).
 */
@Component
class LegalRhythmFiguresRepository {

  static final String LATE_REVIEW = "Revue conjointe en retard";
  static final String PREFECT_NOTICE = "Avis au préfet à envoyer";
  static final String SLIDING_18 = "Bail glissant depuis plus de 18 mois";
  static final String SLIDING_24 = "Bail glissant depuis plus de 24 mois";

  private final JdbcClient jdbc;
  private final Period reviewPeriod;
  private final Period noticeBeforeReview;

  LegalRhythmFiguresRepository(JdbcClient jdbc, @Value("${la.access.timers.review-period:P6M}") String reviewPeriod,
                     @Value("${la.access.timers.review-after-prefect-notice:P2M}") String noticeBeforeReview) {
    this.jdbc = jdbc;
    this.reviewPeriod = Period.parse(reviewPeriod);
    this.noticeBeforeReview = Period.parse(noticeBeforeReview);
  }

  record Alert(String caseReference, String partner, String territory, String alert, LocalDate dueOn) {
  }

  record OpenOccupancy(String caseReference, String partner, String territory, String status, LocalDate statusSince,
                       LocalDate enteredOn, LocalDate lastReviewOn) {

    LocalDate reviewDue(Period reviewPeriod) {
      return (lastReviewOn != null && lastReviewOn.isAfter(enteredOn) ? lastReviewOn : enteredOn).plus(reviewPeriod);
    }
  }

  List<ReportTable> tables(ReportPeriod period) {
    List<Alert> alerts = alerts(period);
    var summary = ReportTable.named("legal_rhythm", "Rythme légal au " + FrenchDates.format(period.asOf()))
        .column("indicator", "Indicateur").column("cases", "Dossiers");
    for (String kind : List.of(LATE_REVIEW, PREFECT_NOTICE, SLIDING_18, SLIDING_24)) {
      summary.row(kind, alerts.stream().filter(alert -> alert.alert().equals(kind)).count());
    }
    var detail = ReportTable.named("legal_rhythm_cases", "Dossiers à traiter pour le rythme légal")
        .column("caseReference", "Dossier").column("partner", "Partenaire").column("territory", "Territoire")
        .column("alert", "Alerte").column("dueOn", "Échéance");
    alerts.forEach(alert -> detail.row(alert.caseReference(), alert.partner(), alert.territory(), alert.alert(),
        alert.dueOn()));
    return List.of(summary.build(), detail.build());
  }

  List<Alert> alerts(ReportPeriod period) {
    LocalDate today = period.asOf();
    List<Alert> alerts = new ArrayList<>();
    for (OpenOccupancy occupancy : openOccupancies(period)) {
      LocalDate reviewDue = occupancy.reviewDue(reviewPeriod);
      if (reviewDue.isBefore(today)) {
        alerts.add(alert(occupancy, LATE_REVIEW, reviewDue));
      }
      if (!"SLIDING_LEASE".equals(occupancy.status())) {
        continue;
      }
      LocalDate notice = reviewDue.minus(noticeBeforeReview);
      if (!notice.isBefore(today) && ChronoUnit.DAYS.between(today, notice) <= 60) {
        alerts.add(alert(occupancy, PREFECT_NOTICE, notice));
      }
      LocalDate eighteen = occupancy.statusSince().plusMonths(18);
      LocalDate twentyFour = occupancy.statusSince().plusMonths(24);
      // a lease past 24 months is past 18 months too: both counts include it
      if (!eighteen.isAfter(today)) {
        alerts.add(alert(occupancy, SLIDING_18, eighteen));
      }
      if (!twentyFour.isAfter(today)) {
        alerts.add(alert(occupancy, SLIDING_24, twentyFour));
      }
    }
    alerts.sort(Comparator.comparing(Alert::dueOn).thenComparing(Alert::caseReference));
    return alerts;
  }

  private static Alert alert(OpenOccupancy occupancy, String kind, LocalDate dueOn) {
    return new Alert(occupancy.caseReference(), occupancy.partner(), occupancy.territory(), kind, dueOn);
  }

  /** Open access cases in a dwelling today, with their entry and last review (two indexed look-ups per case). */
  private List<OpenOccupancy> openOccupancies(ReportPeriod period) {
    return jdbc.sql("""
            SELECT pc.case_reference, pa.label AS partner, t.label AS territory, c.status, c.start_date,
                   (SELECT MIN(c0.start_date) FROM occupancy_contract c0
                    WHERE c0.case_reference = pc.case_reference) AS entered_on,
                   (SELECT MAX(e.evaluated_on) FROM evaluation e
                    WHERE e.case_reference = pc.case_reference AND e.evaluated_on <= :asOf) AS last_review_on
            FROM pathway_case pc
            JOIN occupancy_contract c ON c.case_reference = pc.case_reference AND c.end_date IS NULL
            LEFT JOIN partner pa ON pa.code = pc.partner_code
            LEFT JOIN territory t ON t.code = pc.territory_code
            WHERE pc.pathway = 'ACCESS' AND pc.closed_at IS NULL AND c.status <> 'DIRECT_LEASE'
              AND """ + period.scopeSql())
        .param("asOf", period.asOf()).params(period.scope().params())
        .query((rs, row) -> new OpenOccupancy(rs.getString("case_reference"), rs.getString("partner"),
            rs.getString("territory"), rs.getString("status"), rs.getDate("start_date").toLocalDate(),
            rs.getDate("entered_on").toLocalDate(),
            rs.getDate("last_review_on") == null ? null : rs.getDate("last_review_on").toLocalDate()))
        .list();
  }
}
