package fr.logementaccompagne.reporting;

import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.security.CaseScope;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mes dossiers": the open cases a caseworker follows, even those where no task waits on them, with their status,
 * dwelling, next due step and last review. A partner sees its association's cases only (CaseScope); the list
 * holds no programme-wide count.
 */
@Service
public class PartnerCaseRepository {

  /** A caseworker's list, not an export: beyond this, the report and the CSV are the tools. */
  static final int LIMIT = 500;

  private final JdbcClient jdbc;
  private final CaseScope scopes;
  private final Period reviewPeriod;

  public PartnerCaseRepository(JdbcClient jdbc, CaseScope scopes,
                      @Value("${la.access.timers.review-period:P6M}") String reviewPeriod) {
    this.jdbc = jdbc;
    this.scopes = scopes;
    this.reviewPeriod = Period.parse(reviewPeriod);
  }

  public record CaseLine(String caseReference, String pathway, String status, String dwelling, String nextStep,
                         LocalDate nextStepDue, LocalDate lastReviewOn, String lastReviewDecision,
                         String processInstanceId) {
  }

  @Transactional(readOnly = true)
  public List<CaseLine> of(Caller caller) {
    CaseScope.Condition scope = scopes.readable(caller);
    if (scope.isAll()) {
      // managers and administrators follow the programme through the dashboard, not through a list of 10,000
      return List.of();
    }
    return jdbc.sql("""
            SELECT pc.case_reference, pc.pathway, pc.process_instance_id, pc.opened_at, c.status, c.start_date,
                   d.reference AS dwelling, d.commune,
                   (SELECT MIN(c0.start_date) FROM occupancy_contract c0
                    WHERE c0.case_reference = pc.case_reference) AS entered_on,
                   e.evaluated_on AS last_review_on, e.decision AS last_decision
            FROM pathway_case pc
            LEFT JOIN occupancy_contract c ON c.case_reference = pc.case_reference AND c.end_date IS NULL
            LEFT JOIN dwelling d ON d.id = COALESCE(c.dwelling_id, pc.dwelling_id)
            LEFT JOIN evaluation e ON e.id = (SELECT MAX(e2.id) FROM evaluation e2
                                              WHERE e2.case_reference = pc.case_reference)
            WHERE pc.closed_at IS NULL AND (""" + scope.sql() + ")"
            + " ORDER BY pc.opened_at DESC, pc.case_reference DESC FETCH FIRST " + LIMIT + " ROWS ONLY")
        .params(scope.params())
        .query((rs, row) -> {
          String status = rs.getString("status");
          LocalDate lastReview = rs.getDate("last_review_on") == null ? null
              : rs.getDate("last_review_on").toLocalDate();
          LocalDate entered = rs.getDate("entered_on") == null ? null : rs.getDate("entered_on").toLocalDate();
          boolean maintien = "MAINTIEN".equals(rs.getString("pathway"));
          String shownStatus = maintien ? "Maintien en cours"
              : status == null ? "En attente d'un logement" : FrenchLabels.of(FrenchLabels.CONTRACT_STATUS, status);
          String nextStep = null;
          LocalDate due = null;
          if (status != null && !"DIRECT_LEASE".equals(status)) {
            nextStep = "Revue conjointe";
            due = (lastReview != null && lastReview.isAfter(entered) ? lastReview : entered).plus(reviewPeriod);
          } else if (status == null && !maintien) {
            nextStep = "Proposition de logement";
          }
          return new CaseLine(rs.getString("case_reference"), maintien ? "Maintien" : "Accès", shownStatus,
              rs.getString("dwelling") == null ? null : rs.getString("dwelling") + ", " + rs.getString("commune"),
              nextStep, due, lastReview, FrenchLabels.of(FrenchLabels.REVIEW_DECISION, rs.getString("last_decision")),
              rs.getString("process_instance_id"));
        })
        .list();
  }
}
