package fr.logementaccompagne.labels;

import fr.logementaccompagne.dwelling.DwellingLabel;
import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.process.CaseVariables;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The French words for the codes a case carries and a person reads in a task form: one place for the programme's
 * fixed codes (occupancy statuses, review decisions), and the reference tables for the landlord's own codes
 * (partners, territories, providers), whose labels the landlord maintains; a dwelling by its facts.
 */
@Component
public class CodeLabels {

  /** Suffix of the variable that holds the label of a code variable: {@code occupancyStatus} → {@code occupancyStatusLabel}. */
  public static final String LABEL_SUFFIX = "Label";

  static final Map<String, Map<String, String>> FIXED = Map.of(
      AccessPathway.Vars.OCCUPANCY_STATUS, Map.of(
          "HOSTING", "Hébergement (l'association est locataire, le ménage sous-locataire)",
          "SLIDING_LEASE", "Bail glissant (sous-location avant glissement du bail au ménage)",
          "DIRECT_LEASE", "Accès direct (le ménage est titulaire du bail)"),
      AccessPathway.Vars.LAST_REVIEW_DECISION, Map.of(
          "CONTINUE", "Poursuivre dans le statut actuel",
          "ADVANCE", "Glisser vers le statut suivant (même logement)",
          "END", "Mettre fin au parcours"));

  /** Code variables labelled by a reference table; table names are constants, never taken from a request. */
  static final Map<String, String> REFERENCE_TABLES = Map.of(
      CaseVariables.PARTNER_CODE, "partner",
      CaseVariables.TERRITORY_CODE, "territory",
      CaseVariables.DIAGNOSTIC_PROVIDER_CODE, "provider",
      CaseVariables.ACCOMPANIMENT_PROVIDER_CODE, "provider");

  private final ReferenceDataRepository referenceData;
  private final DwellingRepository dwellings;

  public CodeLabels(ReferenceDataRepository referenceData, DwellingRepository dwellings) {
    this.referenceData = referenceData;
    this.dwellings = dwellings;
  }

  /** The variables holding a code that has a French label. */
  public static Set<String> labelledVariables() {
    Set<String> names = new TreeSet<>(FIXED.keySet());
    names.addAll(REFERENCE_TABLES.keySet());
    names.add(CaseVariables.DWELLING_REFERENCE);
    return names;
  }

  /** The French label of a code held by the variable; empty for a code the catalogue does not know. */
  public Optional<String> labelOf(String variable, String code) {
    if (code == null) {
      return Optional.empty();
    }
    if (CaseVariables.DWELLING_REFERENCE.equals(variable)) {
      // "T3 PLAI, Lille (Fives), 2e étage avec ascenseur, 412 € de loyer…"; a tenant's dwelling outside the
      // programme's stock (maintien) keeps its reference
      return dwellings.byReference(code).map(DwellingLabel::of);
    }
    Map<String, String> fixed = FIXED.get(variable);
    if (fixed != null) {
      return Optional.ofNullable(fixed.get(code));
    }
    String table = REFERENCE_TABLES.get(variable);
    if (table == null) {
      return Optional.empty();
    }
    return referenceData.labelOf(table, code);
  }
}
