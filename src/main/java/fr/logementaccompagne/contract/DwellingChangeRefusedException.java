package fr.logementaccompagne.contract;

/** A status change was asked on another dwelling than the one the household lives in. */
public class DwellingChangeRefusedException extends IllegalStateException {

  public DwellingChangeRefusedException(String caseReference) {
    super("Dossier " + caseReference + " : le contrat ouvert du ménage porte sur un autre logement ;"
        + " un changement de statut ne déménage jamais le ménage");
  }
}
