package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway;

import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.access.ReferralValidator;
import fr.logementaccompagne.process.maintien.MaintienPathway.TroubleKind;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import fr.logementaccompagne.dwelling.DwellingRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The rules of a maintien alert (docs/design.md sections 4b and 8), whichever door it came through. */
@Component
public class MaintienAlertValidator {

  private final ReferenceDataRepository referenceData;
  private final DwellingRepository dwellings;

  public MaintienAlertValidator(ReferenceDataRepository referenceData, DwellingRepository dwellings) {
    this.referenceData = referenceData;
    this.dwellings = dwellings;
  }

  /** Malformed values (HTTP 400). */
  public Map<String, String> formErrors(MaintienAlert alert) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (alert.householdReference() == null
        || !ReferralValidator.HOUSEHOLD_REFERENCE.matcher(alert.householdReference()).matches()) {
      errors.put(Vars.HOUSEHOLD_REFERENCE, "obligatoire : 3 à 40 caractères parmi A-Z, 0-9 et -");
    }
    if (!ReferralValidator.isCode(alert.dwellingReference())) {
      errors.put(Vars.DWELLING_REFERENCE, "obligatoire : " + ReferralValidator.CODE_RULE);
    }
    if (!ReferralValidator.isCode(alert.territoryCode())) {
      errors.put(Vars.TERRITORY_CODE, "obligatoire : " + ReferralValidator.CODE_RULE);
    }
    if (!ReferralValidator.isAmount(alert.arrearsAmountEur())) {
      errors.put(Vars.ARREARS_AMOUNT_EUR, "obligatoire : " + ReferralValidator.AMOUNT_RULE);
    }
    if (alert.arrearsMonths() == null || alert.arrearsMonths() < 0 || alert.arrearsMonths() > 600) {
      errors.put(Vars.ARREARS_MONTHS, "obligatoire : un nombre de mois positif ou nul");
    }
    var known = Arrays.stream(TroubleKind.values()).map(Enum::name).toList();
    var kinds = alert.troubleKinds();
    if (kinds.isEmpty() || !known.containsAll(kinds) || kinds.stream().distinct().count() < kinds.size()) {
      errors.put(Vars.TROUBLE_KINDS, "au moins une difficulté, chacune une seule fois, parmi " + known);
    }
    return errors;
  }

  /** Well-formed references that name nothing known, or a dwelling of another territory (HTTP 422). */
  public Map<String, String> unknownReferences(MaintienAlert alert) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (referenceData.basinOf(alert.territoryCode()).isEmpty()) {
      errors.put(Vars.TERRITORY_CODE, "territoire inconnu : " + alert.territoryCode());
    }
    Optional<String> dwellingTerritory = dwellings.territoryOf(alert.dwellingReference());
    if (dwellingTerritory.isEmpty()) {
      errors.put(Vars.DWELLING_REFERENCE, "logement inconnu : " + alert.dwellingReference());
    } else if (!dwellingTerritory.get().equals(alert.territoryCode())) {
      errors.put(Vars.DWELLING_REFERENCE, "le logement relève du territoire " + dwellingTerritory.get());
    }
    return errors;
  }
}
