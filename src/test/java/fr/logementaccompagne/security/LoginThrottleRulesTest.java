package fr.logementaccompagne.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic and bounds, without the application. */
class LoginThrottleRulesTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
  private final LoginThrottleSettings settings = new LoginThrottleSettings();

  private LoginThrottle throttle() {
    return new LoginThrottle(settings, clock);
  }

  private static void fail(LoginThrottle throttle, String account, String address) {
    LoginThrottle.Attempt attempt = throttle.begin(account, address);
    assertThat(attempt.refused()).as("%s from %s", account, address).isFalse();
    attempt.failed();
  }

  @Test
  void theWaitDoublesUpToItsCeilingAndNeverBecomesALock() {
    settings.setAddressMaxFailures(1_000);
    LoginThrottle throttle = throttle();
    StringBuilder waits = new StringBuilder();
    for (int failure = 1; failure <= 15; failure++) {
      LoginThrottle.Attempt attempt = throttle.begin("marie.visa", "10.0.0.1");
      if (attempt.refused()) {
        waits.append(attempt.retryAfter().toSeconds()).append(' ');
        clock.advance(attempt.retryAfter());
        attempt = throttle.begin("marie.visa", "10.0.0.1");
      }
      assertThat(attempt.refused()).isFalse();
      attempt.failed();
    }
    assertThat(waits.toString()).isEqualTo("2 4 8 16 32 64 128 256 512 900 900 ");
    assertThat(throttle.begin("marie.visa", "10.0.0.1").retryAfter()).isEqualTo(Duration.ofMinutes(15));
    // the account itself stays open
    assertThat(throttle.begin("marie.visa", "10.0.0.2").refused()).isFalse();
  }

  @Test
  void attemptsInFlightCountBeforeTheirAnswer() {
    LoginThrottle throttle = throttle();
    for (int failure = 0; failure < 3; failure++) {
      fail(throttle, "karim.armee", "10.0.0.3");
    }
    // two guesses sent together: the second is refused before the first is answered
    LoginThrottle.Attempt first = throttle.begin("karim.armee", "10.0.0.3");
    assertThat(first.refused()).isFalse();
    assertThat(throttle.begin("karim.armee", "10.0.0.3").refused()).isTrue();
    // a right password refunds it and starts the pair again
    first.succeeded();
    assertThat(throttle.begin("karim.armee", "10.0.0.3").refused()).isFalse();
  }

  @Test
  void memoryIsBoundedTheLeastRecentlySeenForgottenFirst() {
    settings.setMaxEntries(3);
    LoginThrottle throttle = throttle();
    for (int failure = 0; failure < 4; failure++) {
      fail(throttle, "paul.apf", "10.0.0.4");
    }
    assertThat(throttle.begin("paul.apf", "10.0.0.4").refused()).isTrue();
    for (int other = 0; other < 3; other++) {
      fail(throttle, "inconnu-" + other, "10.0.1." + other);
    }
    assertThat(throttle.begin("paul.apf", "10.0.0.4").refused()).isFalse();
  }

  @Test
  void anIdIsOneAccountWhateverItsCase() {
    LoginThrottle throttle = throttle();
    for (int failure = 0; failure < 4; failure++) {
      fail(throttle, failure % 2 == 0 ? "Agence.Lille" : "agence.lille", "10.0.0.5");
    }
    assertThat(throttle.begin("AGENCE.LILLE", "10.0.0.5").refused()).isTrue();
  }
}
