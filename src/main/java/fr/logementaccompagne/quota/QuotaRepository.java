package fr.logementaccompagne.quota;

import fr.logementaccompagne.jdbc.RecordRows;
import fr.logementaccompagne.quota.QuotaCounter.QuotaStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quota tables: a year's targets, the attributions counted towards them, and the year's status. */
@Repository
public class QuotaRepository {

  private final JdbcClient jdbc;

  public QuotaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The quotas of the year a case counts towards: those of the categories of the case's own referral (the
   * household row may hold another partner's earlier one), else of the household's.
   */
  public List<String> quotaCodesOf(String caseReference, long householdId, int year) {
    return jdbc.sql("""
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
  }

  /** Counts the case once towards the quota. */
  public void countAttribution(int year, String quotaCode, String caseReference, LocalDate attributedOn) {
    jdbc.sql("""
            INSERT INTO quota_attribution (quota_year, quota_code, case_reference, attributed_on)
            SELECT :year, :code, :case, :day FROM quota
            WHERE quota_year = :year AND quota_code = :code
              AND NOT EXISTS (SELECT 1 FROM quota_attribution
                              WHERE quota_year = :year AND quota_code = :code AND case_reference = :case)""")
        .param("year", year).param("code", quotaCode).param("case", caseReference).param("day", attributedOn)
        .update();
  }

  public boolean hasQuotas(int year) {
    return jdbc.sql("SELECT COUNT(*) FROM quota WHERE quota_year = :year").param("year", year)
        .query(Integer.class).single() > 0;
  }

  public void addQuota(int year, String code, String label, int target) {
    jdbc.sql("INSERT INTO quota (quota_year, quota_code, label, target) VALUES (:year, :code, :label, :target)")
        .param("year", year).param("code", code).param("label", label).param("target", target).update();
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
