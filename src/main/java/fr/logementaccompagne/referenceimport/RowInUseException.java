package fr.logementaccompagne.referenceimport;

import java.util.List;

/** The file would break rows in use (a dwelling with an open contract, a market with orders): nothing imported. */
public class RowInUseException extends RuntimeException {

  private final transient List<String> conflicts;

  public RowInUseException(List<String> conflicts) {
    super("Lignes en cours d'utilisation : rien n'a été importé ; " + String.join(" ; ", conflicts));
    this.conflicts = List.copyOf(conflicts);
  }

  public List<String> conflicts() {
    return conflicts;
  }
}
