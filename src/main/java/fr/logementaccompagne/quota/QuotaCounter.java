package fr.logementaccompagne.quota;

import fr.logementaccompagne.jdbc.RecordRows;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Yearly quotas of docs/design.md section 6 (30 households leaving hosting structures, 10 with motor disability):
 * counted at attribution, visible, and a warning when a target can no longer be met. Never a block.
 */
@Service
public class QuotaCounter {

  static final Map<String, Integer> DEFAULT_TARGETS = new LinkedHashMap<>(Map.of(
      "LEAVING_HOSTING", 30, "MOTOR_DISABILITY", 10));
  static final Map<String, String> DEFAULT_LABELS = Map.of(
      "LEAVING_HOSTING", "Ménages sortant de structures d'hébergement",
      "MOTOR_DISABILITY", "Personnes en situation de handicap moteur (APF, habitat inclusif)");

  private final JdbcClient jdbc;

  public QuotaCounter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record QuotaStatus(int quotaYear, String quotaCode, String label, int target, int used, int vacantDwellings) {

    /** More attributions still needed than there are dwellings left to attribute. */
    public boolean outOfReach() {
      return target - used > vacantDwellings;
    }

    public String warning() {
      return "Objectif « %s » %d hors d'atteinte : %d attribution(s) manquante(s) pour %d logement(s) vacant(s)"
          .formatted(label, quotaYear, target - used, vacantDwellings);
    }
  }

  /** Counts the case towards the quotas of its household's categories (once) and returns the year's warnings. */
  public List<String> countAttribution(String caseReference, long householdId, LocalDate attributedOn) {
    int year = attributedOn.getYear();
    openYearWithDefaults(year);
    // the categories of the case's own referral: the household row may hold another partner's earlier one
    List<String> quotaCodes = jdbc.sql("""
            SELECT DISTINCT pc.quota_code
            FROM priority_category pc
            JOIN quota q ON q.quota_code = pc.quota_code AND q.quota_year = :year
            WHERE pc.code IN (SELECT crc.category_code FROM case_referral_category crc
                              WHERE crc.case_reference = :case)
               OR NOT EXISTS (SELECT 1 FROM case_referral cr WHERE cr.case_reference = :case)
                  AND pc.code IN (SELECT hpc.category_code FROM household_priority_category hpc
                                  WHERE hpc.household_id = :household)""")
        .param("year", year).param("case", caseReference).param("household", householdId)
        .query(String.class).list();
    for (String quotaCode : quotaCodes) {
      jdbc.sql("""
              INSERT INTO quota_attribution (quota_year, quota_code, case_reference, attributed_on)
              SELECT :year, :code, :case, :day FROM quota
              WHERE quota_year = :year AND quota_code = :code
                AND NOT EXISTS (SELECT 1 FROM quota_attribution
                                WHERE quota_year = :year AND quota_code = :code AND case_reference = :case)""")
          .param("year", year).param("code", quotaCode).param("case", caseReference).param("day", attributedOn)
          .update();
    }
    return statusOf(year).stream().filter(QuotaStatus::outOfReach).map(QuotaStatus::warning).toList();
  }

  /**
   * A year the board has not voted (no quota imported for it) counts towards the programme's standing targets
   * (DESIGN section 6): 30 households leaving hosting structures, 10 with motor disability.
   */
  void openYearWithDefaults(int year) {
    boolean voted = jdbc.sql("SELECT COUNT(*) FROM quota WHERE quota_year = :year").param("year", year)
        .query(Integer.class).single() > 0;
    if (voted) {
      return;
    }
    DEFAULT_TARGETS.forEach((code, target) -> jdbc.sql(
            "INSERT INTO quota (quota_year, quota_code, label, target) VALUES (:year, :code, :label, :target)")
        .param("year", year).param("code", code).param("label", DEFAULT_LABELS.get(code)).param("target", target)
        .update());
  }

  public List<QuotaStatus> statusOf(int year) {
    return jdbc.sql("""
            SELECT q.quota_year, q.quota_code, q.label, q.target,
                   (SELECT COUNT(*) FROM quota_attribution a
                    WHERE a.quota_year = q.quota_year AND a.quota_code = q.quota_code) AS used,
                   (SELECT COUNT(*) FROM dwelling d
                    WHERE d.active AND d.vacant AND (q.quota_code <> 'MOTOR_DISABILITY' OR d.motor_adapted)
                      AND NOT EXISTS (SELECT 1 FROM occupancy_contract c
                                      WHERE c.dwelling_id = d.id AND c.end_date IS NULL)
                      AND NOT EXISTS (SELECT 1 FROM pathway_case p
                                      WHERE p.dwelling_id = d.id AND p.closed_at IS NULL)) AS vacant_dwellings
            FROM quota q WHERE q.quota_year = :year ORDER BY q.quota_code""")
        .param("year", year).query(RecordRows.of(QuotaStatus.class)).list();
  }
}
