package fr.logementaccompagne.contract;

import fr.logementaccompagne.refusal.Refusal;

/** A status change was asked on another dwelling than the one the household lives in. */
public class DwellingChangeRefusedException extends IllegalStateException implements Refusal {

  public DwellingChangeRefusedException(String caseReference) {
    super("Dossier " + caseReference + " : le contrat ouvert du ménage porte sur un autre logement ;"
        + " un changement de statut ne déménage jamais le ménage");
  }
}
