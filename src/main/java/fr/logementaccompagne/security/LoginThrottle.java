package fr.logementaccompagne.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may try a password now (ADR 13). Failures slow down the pair (account, client address) that makes them,
 * exponentially, and cap one address across accounts; an account is never locked, whatever the number of
 * addresses failing on it, so a stranger cannot shut a caseworker out: the administrators are warned instead.
 *
 * <p>State lives in memory, on this node only, in maps of bounded size that forget the least recently seen
 * entries first. An attempt made while its pair or address already has failures counts as a failure from its
 * start and is refunded if it succeeds: parallel guesses cannot all slip in before the first failure is known.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  /** Longer ids are attacker noise: cut them so that a key stays small. */
  private static final int MAX_ACCOUNT_KEY = 128;

  private record PairKey(String account, String address) {
  }

  private static final class PairState {
    int failures;
    long lastFailure;
    long throttledUntil;
  }

  private static final class WindowState {
    int failures;
    long windowStart;
    boolean alerted;
  }

  private final LoginThrottleSettings settings;
  private final Clock clock;
  private final Map<PairKey, PairState> pairs;
  private final Map<String, WindowState> addresses;
  private final Map<String, WindowState> accounts;

  public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.pairs = bounded(settings.getMaxEntries());
    this.addresses = bounded(settings.getMaxEntries());
    this.accounts = bounded(settings.getMaxEntries());
  }

  private static <K, V> Map<K, V> bounded(int maxEntries) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** An attempt to log in: refused now, or to be told how it ended. */
  public final class Attempt {

    private final Duration retryAfter;
    private final PairKey pair;
    private final boolean pairCounted;
    private final boolean addressCounted;
    private boolean settled;

    private Attempt(Duration retryAfter, PairKey pair, boolean pairCounted, boolean addressCounted) {
      this.retryAfter = retryAfter;
      this.pair = pair;
      this.pairCounted = pairCounted;
      this.addressCounted = addressCounted;
    }

    public boolean refused() {
      return retryAfter != null;
    }

    public Duration retryAfter() {
      return retryAfter;
    }

    /** The password was right: the pair starts again from zero. */
    public void succeeded() {
      settle(this, true);
    }

    /** The password was wrong (or the account unknown). */
    public void failed() {
      settle(this, false);
    }
  }

  public synchronized Attempt begin(String account, String address) {
    long now = clock.millis();
    PairKey key = new PairKey(accountKey(account), address);
    PairState pair = livePair(key, now);
    WindowState source = liveWindow(addresses, address, settings.getAddressWindow(), now);
    long until = pair == null ? 0 : pair.throttledUntil;
    if (source != null && source.failures >= settings.getAddressMaxFailures()) {
      until = Math.max(until, source.windowStart + settings.getAddressWindow().toMillis());
    }
    if (until > now) {
      return new Attempt(Duration.ofMillis(until - now), key, false, false);
    }
    boolean pairCounted = pair != null;
    boolean addressCounted = source != null;
    if (pairCounted) {
      countPairFailure(key, now);
    }
    if (addressCounted) {
      countAddressFailure(address, now);
    }
    return new Attempt(null, key, pairCounted, addressCounted);
  }

  private synchronized void settle(Attempt attempt, boolean success) {
    if (attempt.refused() || attempt.settled) {
      return;
    }
    attempt.settled = true;
    long now = clock.millis();
    if (success) {
      pairs.remove(attempt.pair);
      WindowState source = liveWindow(addresses, attempt.pair.address(), settings.getAddressWindow(), now);
      if (attempt.addressCounted && source != null && source.failures > 0) {
        source.failures--;
      }
      return;
    }
    if (!attempt.pairCounted) {
      countPairFailure(attempt.pair, now);
    }
    if (!attempt.addressCounted) {
      countAddressFailure(attempt.pair.address(), now);
    }
    countAccountFailure(attempt.pair.account(), now);
  }

  private PairState livePair(PairKey key, long now) {
    PairState pair = pairs.get(key);
    if (pair != null && now >= pair.throttledUntil
        && now - pair.lastFailure >= settings.getForgetAfter().toMillis()) {
      pairs.remove(key);
      return null;
    }
    return pair;
  }

  private static WindowState liveWindow(Map<String, WindowState> states, String key, Duration window, long now) {
    WindowState state = states.get(key);
    if (state != null && now - state.windowStart >= window.toMillis()) {
      states.remove(key);
      return null;
    }
    return state;
  }

  private void countPairFailure(PairKey key, long now) {
    PairState pair = pairs.computeIfAbsent(key, k -> new PairState());
    pair.failures++;
    pair.lastFailure = now;
    int beyondFree = pair.failures - settings.getFreeFailures();
    if (beyondFree > 0) {
      pair.throttledUntil = now + delayMillis(beyondFree);
    }
  }

  private long delayMillis(int beyondFree) {
    long max = settings.getMaxDelay().toMillis();
    long delay = settings.getBaseDelay().toMillis();
    for (int i = 1; i < beyondFree && delay < max; i++) {
      delay *= 2;
    }
    return Math.min(delay, max);
  }

  private void countAddressFailure(String address, long now) {
    window(addresses, address, settings.getAddressWindow(), now).failures++;
  }

  private void countAccountFailure(String account, long now) {
    WindowState state = window(accounts, account, settings.getAlertWindow(), now);
    state.failures++;
    if (!state.alerted && state.failures >= settings.getAlertFailures()) {
      state.alerted = true;
      // the account stays open on purpose: an administrator decides (see ADR 13)
      LOG.warn("Account '{}' under attack: {} failed logins within {}; it is not locked, "
              + "each client address is slowed down on its own", printable(account), state.failures,
          settings.getAlertWindow());
    }
  }

  private static WindowState window(Map<String, WindowState> states, String key, Duration window, long now) {
    WindowState state = liveWindow(states, key, window, now);
    if (state == null) {
      state = new WindowState();
      state.windowStart = now;
      states.put(key, state);
    }
    return state;
  }

  /** Directories compare ids without case: "Marie.Visa" must not open a fresh counter for marie.visa. */
  private static String accountKey(String account) {
    String key = account == null ? "" : account.toLowerCase(Locale.ROOT);
    return key.length() > MAX_ACCOUNT_KEY ? key.substring(0, MAX_ACCOUNT_KEY) : key;
  }

  /** The id comes from the attacker: keep the log line one line of plain characters. */
  private static String printable(String account) {
    return account.replaceAll("[^A-Za-z0-9._@-]", "?");
  }
}
