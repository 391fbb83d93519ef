package fr.logementaccompagne.api;

import java.util.Map;
import java.util.stream.Collectors;

/** A request whose fields break the API's rules (HTTP 400); nothing is stored. */
public class InvalidRequestException extends RuntimeException {

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
