package fr.logementaccompagne.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the year of a referral comes from the application's clock, so tests fix it; the test setting keeps
 * referrals in the newest schedule's year after a New Year, and production (no setting) follows the clock.
 */
class ReferralDatesTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static Clock at(String localDateTime) {
    return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant(), PARIS);
  }

  @Test
  void productionDatesAReferralByTheClock() {
    assertThat(new ReferralDates(at("2027-01-01T00:30:00"), null).now())
        .isEqualTo(LocalDateTime.parse("2027-01-01T00:30:00"));
  }

  @Test
  void theTestSettingDatesAReferralBackByWholeYearsOnlyPastItsYear() {
    assertThat(new ReferralDates(at("2026-12-31T23:30:00"), 2026).now())
        .isEqualTo(LocalDateTime.parse("2026-12-31T23:30:00"));
    assertThat(new ReferralDates(at("2027-01-01T00:30:00"), 2026).now())
        .isEqualTo(LocalDateTime.parse("2026-01-01T00:30:00"));
    assertThat(new ReferralDates(at("2029-03-15T10:00:00"), 2026).now().getYear()).isEqualTo(2026);
  }
}
