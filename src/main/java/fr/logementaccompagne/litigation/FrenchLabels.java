package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.process.litigation.LitigationCommission.Criterion;
import fr.logementaccompagne.process.litigation.LitigationCommission.LitigationDecision;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** Words, not codes, for what the commission's members read (agenda, forms, minutes). */
final class FrenchLabels {

  private static final Map<Criterion, String> CRITERIA = Map.of(
      Criterion.EVICTION_PROCEDURE, "procédure d'expulsion engagée",
      Criterion.ARREARS_OVER_THRESHOLD, "impayés au-delà du seuil",
      Criterion.CONSENT_REFUSED, "accompagnement refusé",
      Criterion.CONSENT_UNANSWERED, "sans réponse à la proposition d'accompagnement",
      Criterion.FLAGGED_AGAIN, "nouveau signalement moins d'un an après un dossier clos",
      Criterion.ADDED_BY_UNIT, "ajouté par l'unité contentieux");

  private static final Map<LitigationDecision, String> DECISIONS = Map.of(
      LitigationDecision.MAINTAIN_ACCOMPANIMENT, "Maintenir l'accompagnement",
      LitigationDecision.PAYMENT_PLAN, "Plan d'apurement",
      LitigationDecision.REFER_CCAPEX, "Saisir la CCAPEX",
      LitigationDecision.PURSUE_PROCEDURE, "Poursuivre la procédure",
      LitigationDecision.POSTPONE, "Ajourner");

  private static final Map<String, String> OUTCOMES = Map.of(
      "SUPERPOSITION_AVOIDED", "superposition évitée",
      "CONSENT_REFUSED", "accompagnement refusé par le locataire",
      "NOT_FUNDED", "prestation non financée",
      "NO_ACCOMPANIMENT", "pas d'accompagnement nécessaire",
      "MAINTAINED", "maintien dans le logement",
      "REFERRED_COMMON_LAW", "orientation vers le droit commun",
      "EVICTION_PROCEDURE", "procédure d'expulsion",
      "LEFT", "départ du logement");

  // lot 2 and lot 3 read the same: the kind of accompaniment would reveal a health condition
  private static final Map<String, String> MEASURES = Map.of(
      "ACCESS_PATHWAY", "Parcours d'accès accompagné",
      "MAINTIEN_DIAGNOSTIC", "Diagnostic social (maintien)",
      "MAINTIEN_STANDARD", "Accompagnement (maintien)",
      "MAINTIEN_PSYCHIATRIC", "Accompagnement (maintien)",
      "FSL_ASLL", "ASLL (FSL)",
      "AVDL", "AVDL",
      "MASP", "MASP",
      "CHRS_OUTREACH", "CHRS hors les murs",
      "UTPAS_FOLLOWUP", "Suivi UTPAS",
      "OTHER_COMMON_LAW", "Autre mesure de droit commun");

  private FrenchLabels() {
  }

  static String criterion(Criterion criterion) {
    return CRITERIA.get(criterion);
  }

  static String decision(String code) {
    return code == null ? "non décidé" : DECISIONS.get(LitigationDecision.valueOf(code));
  }

  static String outcome(String outcome, String finalOutcome) {
    String code = finalOutcome != null ? finalOutcome : outcome;
    return code == null ? "clos" : OUTCOMES.getOrDefault(code, code);
  }

  static String measure(String kind) {
    return MEASURES.getOrDefault(kind, kind);
  }

  static String euros(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
    return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  static String arrears(BigDecimal amount, Integer months) {
    return amount == null ? "impayés non renseignés" : "impayés de %s sur %d mois".formatted(euros(amount),
        months == null ? 0 : months);
  }
}
