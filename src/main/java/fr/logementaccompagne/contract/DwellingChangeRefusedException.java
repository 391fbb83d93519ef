package fr.logementaccompagne.contract;

import fr.logementaccompagne.refusal.Refusal;

/** A status change was asked on another dwelling than the one the household lives in. */
public class DwellingChangeRefusedException extends IllegalStateException implements Refusal {

  public DwellingChangeRefusedException(String caseReference) {
    super("Case " + caseReference + ": the household's open contract is on another dwelling;"
        + " a status change never moves the household");
  }
}
