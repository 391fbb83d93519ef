package fr.logementaccompagne.eligibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The year a referral was made, whose resource-ceiling schedule applies: when the case's referral was recorded
 * ({@link ReferralDates}), or now for a case without a recorded referral.
 */
@Component
public class ReferralYear {

  private final JdbcClient jdbc;
  private final ReferralDates dates;

  public ReferralYear(JdbcClient jdbc, ReferralDates dates) {
    this.jdbc = jdbc;
    this.dates = dates;
  }

  public int of(String caseReference) {
    return jdbc.sql("SELECT referred_at FROM case_referral WHERE case_reference = :case")
        .param("case", caseReference).query(java.sql.Timestamp.class).optional()
        .map(at -> at.toLocalDateTime().getYear())
        .orElseGet(() -> dates.now().getYear());
  }
}
