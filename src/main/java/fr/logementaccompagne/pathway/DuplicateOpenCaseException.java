package fr.logementaccompagne.pathway;

import fr.logementaccompagne.refusal.Refusal;

/** The household already has an open case of this pathway (HTTP 409). */
public class DuplicateOpenCaseException extends RuntimeException implements Refusal {

  public static final String MESSAGE = "Ce ménage a déjà un dossier ouvert";

  private final String openCaseReference;

  public DuplicateOpenCaseException(String openCaseReference) {
    // neither the household nor the open case in the message: engine errors are logged and shown on every route,
    // and the open case may be another partner's; the API adds its reference for callers who may see it
    super(MESSAGE);
    this.openCaseReference = openCaseReference;
  }

  public String openCaseReference() {
    return openCaseReference;
  }
}
