package fr.logementaccompagne.refusal;

import java.util.Map;

/** Well-formed codes that name nothing known: unknown partner, territory, dwelling (HTTP 422). */
public class UnknownReferenceException extends RuntimeException implements Refusal {

  private final transient Map<String, String> fieldErrors;

  public UnknownReferenceException(Map<String, String> fieldErrors) {
    super("Références inconnues : " + fieldErrors.keySet());
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
