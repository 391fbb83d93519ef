package fr.logementaccompagne.contract;

/** A status change was asked on another dwelling than the one the household lives in. */
public class DwellingChangeRefusedException extends IllegalStateException {

  public DwellingChangeRefusedException(String caseReference) {
    super("Case " + caseReference + ": the household's open contract is on another dwelling;"
        + " a status change never moves the household");
  }
}
