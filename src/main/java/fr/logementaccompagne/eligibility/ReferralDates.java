package fr.logementaccompagne.eligibility;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The moment a new referral is recorded at, from the application's {@link Clock}: its year picks the
 * resource-ceiling schedule the referral is checked against ({@link ReferralYear}).
 *
 * <p>{@code la.eligibility.referral-year-at-most} is for tests and training environments only: referrals are then
 * dated back by whole years until that year, so that a suite written against the newest schedule does not start
 * routing every referral to review on the 1st of January (issue 16). Production leaves it unset: a referral of a
 * year without a schedule goes to the priority-publics unit, as it must.
 */
@Component
public class ReferralDates {

  private final Clock clock;
  private final Integer yearAtMost;

  public ReferralDates(Clock clock, @Value("${la.eligibility.referral-year-at-most:#{null}}") Integer yearAtMost) {
    this.clock = clock;
    this.yearAtMost = yearAtMost;
  }

  public LocalDateTime now() {
    LocalDateTime now = LocalDateTime.now(clock);
    return yearAtMost == null || now.getYear() <= yearAtMost ? now : now.minusYears(now.getYear() - yearAtMost);
  }
}
