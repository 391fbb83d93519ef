package fr.logementaccompagne.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Login throttling ({@code la.security.login-throttle.*}, ADR 13). */
@Component
@ConfigurationProperties(prefix = "la.security.login-throttle")
public class LoginThrottleSettings {

  /** Off only to compare with the engine alone: production keeps it on. */
  private boolean enabled = true;
  /** Failures of one account from one address before any wait: a caseworker mistypes, fixes and goes on. */
  private int freeFailures = 3;
  /** Wait after the first failure beyond the free ones, doubling at each further failure. */
  private Duration baseDelay = Duration.ofSeconds(2);
  private Duration maxDelay = Duration.ofMinutes(15);
  /** A pair (account, address) with no failure for this long starts again from zero. */
  private Duration forgetAfter = Duration.ofHours(1);
  /** Failures from one address, whatever the account, within {@link #addressWindow} (password spraying). */
  private int addressMaxFailures = 30;
  private Duration addressWindow = Duration.ofHours(1);
  /** Failures of one account, whatever the address, within {@link #alertWindow} that warn the administrators. */
  private int alertFailures = 50;
  private Duration alertWindow = Duration.ofHours(1);
  /** Accounts, addresses and pairs remembered at most (each), the least recently seen forgotten first. */
  private int maxEntries = 10_000;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public int getFreeFailures() {
    return freeFailures;
  }

  public void setFreeFailures(int freeFailures) {
    this.freeFailures = freeFailures;
  }

  public Duration getBaseDelay() {
    return baseDelay;
  }

  public void setBaseDelay(Duration baseDelay) {
    this.baseDelay = baseDelay;
  }

  public Duration getMaxDelay() {
    return maxDelay;
  }

  public void setMaxDelay(Duration maxDelay) {
    this.maxDelay = maxDelay;
  }

  public Duration getForgetAfter() {
    return forgetAfter;
  }

  public void setForgetAfter(Duration forgetAfter) {
    this.forgetAfter = forgetAfter;
  }

  public int getAddressMaxFailures() {
    return addressMaxFailures;
  }

  public void setAddressMaxFailures(int addressMaxFailures) {
    this.addressMaxFailures = addressMaxFailures;
  }

  public Duration getAddressWindow() {
    return addressWindow;
  }

  public void setAddressWindow(Duration addressWindow) {
    this.addressWindow = addressWindow;
  }

  public int getAlertFailures() {
    return alertFailures;
  }

  public void setAlertFailures(int alertFailures) {
    this.alertFailures = alertFailures;
  }

  public Duration getAlertWindow() {
    return alertWindow;
  }

  public void setAlertWindow(Duration alertWindow) {
    this.alertWindow = alertWindow;
  }

  public int getMaxEntries() {
    return maxEntries;
  }

  public void setMaxEntries(int maxEntries) {
    this.maxEntries = maxEntries;
  }
}
