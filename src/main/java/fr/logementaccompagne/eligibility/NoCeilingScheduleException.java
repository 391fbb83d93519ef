package fr.logementaccompagne.eligibility;

/** The resource-ceiling table has no schedule for the referral's year: a person must check, never another year. */
public class NoCeilingScheduleException extends RuntimeException {

  public NoCeilingScheduleException(int year) {
    super("Aucun barème de plafonds de ressources pour l'année %d : ressources à vérifier par l'unité publics prioritaires"
        .formatted(year));
  }
}
