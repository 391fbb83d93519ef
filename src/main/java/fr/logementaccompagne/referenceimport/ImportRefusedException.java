package fr.logementaccompagne.referenceimport;

import java.util.List;

/** The file breaks rules (every bad line listed): nothing of it was imported. */
public class ImportRefusedException extends RuntimeException {

  private final transient List<ImportError> errors;

  public ImportRefusedException(List<ImportError> errors) {
    super(errors.size() + " erreur(s) dans le fichier : rien n'a été importé");
    this.errors = List.copyOf(errors);
  }

  public List<ImportError> errors() {
    return errors;
  }
}
