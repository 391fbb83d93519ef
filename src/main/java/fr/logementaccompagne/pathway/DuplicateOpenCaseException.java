package fr.logementaccompagne.pathway;

/** The household already has an open case of this pathway (HTTP 409). */
public class DuplicateOpenCaseException extends RuntimeException {

  private final String openCaseReference;

  public DuplicateOpenCaseException(String openCaseReference) {
    // no household reference in the message: engine errors are logged, and logs carry no personal data
    super("Ce ménage a déjà un dossier ouvert" + (openCaseReference == null ? "" : " : " + openCaseReference));
    this.openCaseReference = openCaseReference;
  }

  public String openCaseReference() {
    return openCaseReference;
  }
}
