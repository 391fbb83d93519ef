package fr.logementaccompagne.reporting;

import fr.logementaccompagne.evaluation.Indicator;
import java.util.Map;

/** Words for the codes the reports show: managers and partners read words, not codes. */
final class FrenchLabels {

  static final Map<String, String> CONTRACT_STATUS = Map.of(
      "HOSTING", "Hébergement",
      "SLIDING_LEASE", "Bail glissant",
      "DIRECT_LEASE", "Bail direct");

  static final Map<String, String> LITIGATION_DECISION = Map.of(
      "MAINTAIN_ACCOMPANIMENT", "Maintenir l'accompagnement",
      "PAYMENT_PLAN", "Plan d'apurement",
      "REFER_CCAPEX", "Saisir la CCAPEX",
      "PURSUE_PROCEDURE", "Poursuivre la procédure",
      "POSTPONE", "Ajourner");

  static final Map<String, String> CONTRACT_END_REASON = Map.of(
      "STATUS_CHANGE", "Passage au statut suivant",
      "HOUSEHOLD_LEFT", "Départ du ménage",
      "REPORTED_VACANT", "Départ du ménage : logement déclaré vacant par la gestion locative");

  static final Map<String, String> MAINTIEN_OUTCOME = Map.of(
      "MAINTAINED", "Maintien dans le logement",
      "REFERRED_COMMON_LAW", "Orientation vers le droit commun",
      "EVICTION_PROCEDURE", "Procédure d'expulsion",
      "LEFT", "Départ du logement");

  /** How a case ended (the diagrams' {@code caseClosure.close(execution, '...')}). */
  static final Map<String, String> CASE_OUTCOME = Map.of(
      "COMPLETED", "Parcours mené à son terme",
      "CONSENT_REFUSED", "Consentement refusé",
      "HOUSEHOLD_LEFT", "Départ du ménage",
      "INADMISSIBLE", "Irrecevable en commission",
      "NOT_ATTRIBUTED", "Aucun logement attribué",
      "NOT_FUNDED", "Prestation non financée",
      "NO_ACCOMPANIMENT", "Pas d'accompagnement nécessaire",
      "REJECTED", "Orientation rejetée",
      "SUPERPOSITION_AVOIDED", "Superposition évitée");

  /** The final outcome of a maintien case when there is one, else how the case ended. */
  static String caseOutcome(String outcome, String finalOutcome) {
    return finalOutcome != null ? of(MAINTIEN_OUTCOME, finalOutcome) : of(CASE_OUTCOME, outcome);
  }

  static final Map<String, String> REVIEW_DECISION = Map.of(
      "CONTINUE", "Poursuite",
      "ADVANCE", "Passage au statut suivant",
      "END", "Fin de l'accompagnement");

  static final Map<String, String> LEVEL = Map.of(
      "IMPROVING", "en progrès",
      "STABLE", "stable",
      "DEGRADING", "en recul",
      "NOT_ASSESSED", "non évalué");

  static final Map<String, String> MEASURE_KIND = Map.ofEntries(
      Map.entry("ACCESS_PATHWAY", "Accompagnement logement accompagné"),
      Map.entry("MAINTIEN_DIAGNOSTIC", "Diagnostic social (lot 1)"),
      Map.entry("MAINTIEN_STANDARD", "Accompagnement (lot 2)"),
      Map.entry("MAINTIEN_PSYCHIATRIC", "Accompagnement spécifique (lot 3)"),
      Map.entry("FSL_ASLL", "FSL / ASLL"),
      Map.entry("AVDL", "AVDL"),
      Map.entry("MASP", "MASP"),
      Map.entry("CHRS_OUTREACH", "CHRS hors les murs"),
      Map.entry("UTPAS_FOLLOWUP", "Suivi UTPAS"),
      Map.entry("OTHER_COMMON_LAW", "Autre mesure de droit commun"));

  static final Map<Indicator, String> INDICATOR = Map.of(
      Indicator.DEBT_TREND, "dette",
      Indicator.FAMILY_STABILITY, "stabilité familiale",
      Indicator.DWELLING_APPROPRIATION, "appropriation du logement",
      Indicator.EMPLOYMENT, "emploi",
      Indicator.TRAINING, "formation",
      Indicator.ENERGY_CONTROL, "maîtrise de l'énergie et des charges",
      Indicator.WASTE_SORTING, "tri des déchets",
      Indicator.ACTIVITIES_PARTICIPATION, "participation aux activités",
      Indicator.DWELLING_FITS_NEEDS, "logement adapté aux besoins");

  private FrenchLabels() {
  }

  static String of(Map<String, String> labels, String code) {
    return code == null ? null : labels.getOrDefault(code, code);
  }
}
