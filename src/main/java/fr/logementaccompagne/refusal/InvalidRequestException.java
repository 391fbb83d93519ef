package fr.logementaccompagne.refusal;

import java.util.Map;
import java.util.stream.Collectors;

/** Fields that break the rules of what was sent (HTTP 400 on the API); nothing is stored. */
public class InvalidRequestException extends RuntimeException implements Refusal {

  private final transient Map<String, String> fieldErrors;

  public InvalidRequestException(Map<String, String> fieldErrors) {
    super("Requête invalide : " + fieldErrors.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
