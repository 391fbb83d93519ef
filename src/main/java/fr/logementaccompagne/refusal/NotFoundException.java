package fr.logementaccompagne.refusal;

/** The path names something that does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException implements Refusal {

  public NotFoundException(String message) {
    super(message);
  }
}
