package fr.logementaccompagne.access;

import fr.logementaccompagne.eligibility.ReferralDates;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The referral behind each access case, kept with the case: which partner and user referred the household, when,
 * with which profile. This is the case's audit trail, and its own profile when the household row belongs to
 * another partner's earlier referral (docs/adr/0015).
 */
@Repository
public class CaseReferralRepository {

  private final JdbcClient jdbc;
  private final ReferralDates dates;

  public CaseReferralRepository(JdbcClient jdbc, ReferralDates dates) {
    this.jdbc = jdbc;
    this.dates = dates;
  }

  public void record(String caseReference, Referral referral, String referredBy, boolean wroteHousehold) {
    jdbc.sql("""
            INSERT INTO case_referral (case_reference, partner_code, referred_by, household_size, dependants,
                                       annual_resources_eur, territory_code, needs_motor_adapted, wrote_household,
                                       referred_at)
            VALUES (:case, :partner, :by, :size, :dependants, :resources, :territory, :motor, :wrote, :at)""")
        .param("case", caseReference).param("partner", referral.partnerCode()).param("by", referredBy)
        .param("size", referral.householdSize()).param("dependants", referral.dependantsOrZero())
        .param("resources", referral.annualResourcesEur()).param("territory", referral.territoryCode())
        .param("motor", referral.needsMotorAdaptedDwelling()).param("wrote", wroteHousehold)
        .param("at", dates.now()).update();
    replaceCategories(caseReference, referral.priorityCategories());
  }

  /** The partner's complements (Task_UpdateReferral): the case's profile changes, its partner and author do not. */
  public void complement(String caseReference, Referral referral) {
    int updated = jdbc.sql("""
            UPDATE case_referral SET household_size = :size, dependants = :dependants,
                   annual_resources_eur = :resources, needs_motor_adapted = :motor, updated_at = CURRENT_TIMESTAMP
            WHERE case_reference = :case""")
        .param("case", caseReference).param("size", referral.householdSize())
        .param("dependants", referral.dependantsOrZero()).param("resources", referral.annualResourcesEur())
        .param("motor", referral.needsMotorAdaptedDwelling()).update();
    if (updated > 0) {
      replaceCategories(caseReference, referral.priorityCategories());
    }
  }

  private void replaceCategories(String caseReference, List<String> categories) {
    jdbc.sql("DELETE FROM case_referral_category WHERE case_reference = :case").param("case", caseReference)
        .update();
    for (String category : categories.stream().distinct().toList()) {
      jdbc.sql("INSERT INTO case_referral_category (case_reference, category_code) VALUES (:case, :code)")
          .param("case", caseReference).param("code", category).update();
    }
  }
}
