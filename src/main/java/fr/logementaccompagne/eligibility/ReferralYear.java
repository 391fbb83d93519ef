package fr.logementaccompagne.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The year a referral was made, whose resource-ceiling schedule applies: when the case's referral was recorded,
 * or today for a case without a recorded referral.
 */
@Component
public class ReferralYear {

  private final JdbcClient jdbc;
  private final Clock clock;

  public ReferralYear(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public int of(String caseReference) {
    return jdbc.sql("SELECT referred_at FROM case_referral WHERE case_reference = :case")
        .param("case", caseReference).query(java.sql.Timestamp.class).optional()
        .map(at -> at.toLocalDateTime().getYear())
        .orElseGet(() -> LocalDate.now(clock).getYear());
  }
}
