package fr.logementaccompagne.access;

import java.util.Map;

/** A referral that breaks the intake rules; nothing is created. */
public class InvalidReferralException extends RuntimeException {

  private final transient Map<String, String> fieldErrors;

  public InvalidReferralException(Map<String, String> fieldErrors) {
    super("Orientation invalide : " + fieldErrors.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue() + ")").reduce((a, b) -> a + ", " + b).orElse(""));
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
