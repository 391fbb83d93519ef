package fr.logementaccompagne.access;

import fr.logementaccompagne.reference.ReferenceDataRepository;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rules a referral must meet before anything is created (DESIGN sections 4b and 8), whichever door it
 * came through. Returns field name to French message; empty when the referral is acceptable.
 */
@Component
public class ReferralValidator {

  public static final Pattern HOUSEHOLD_REFERENCE = Pattern.compile("^[A-Z0-9-]{3,40}$");

  private final ReferenceDataRepository referenceData;

  public ReferralValidator(ReferenceDataRepository referenceData) {
    this.referenceData = referenceData;
  }

  /** Malformed values (HTTP 400). */
  public Map<String, String> formErrors(Referral referral) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (referral.householdReference() == null || !HOUSEHOLD_REFERENCE.matcher(referral.householdReference()).matches()) {
      errors.put("householdReference", "obligatoire : 3 à 40 caractères parmi A-Z, 0-9 et -");
    }
    if (referral.partnerCode() == null) {
      errors.put("partnerCode", "obligatoire");
    }
    if (referral.territoryCode() == null) {
      errors.put("territoryCode", "obligatoire");
    }
    Integer size = referral.householdSize();
    if (size == null || size < 1 || size > 12) {
      errors.put("householdSize", "obligatoire : entre 1 et 12 personnes");
    }
    int dependants = referral.dependantsOrZero();
    if (dependants < 0 || dependants > 11 || size != null && dependants >= size) {
      errors.put("dependants", "entre 0 et 11, et inférieur à la taille du ménage");
    }
    BigDecimal resources = referral.annualResourcesEur();
    if (resources == null || resources.signum() < 0) {
      errors.put("annualResourcesEur", "obligatoire : un montant positif ou nul");
    }
    if (referral.priorityCategories().isEmpty()) {
      errors.put("priorityCategories", "au moins une catégorie prioritaire");
    } else {
      var known = referenceData.priorityCategoryCodes();
      var unknown = referral.priorityCategories().stream().filter(code -> !known.contains(code)).toList();
      if (!unknown.isEmpty()) {
        errors.put("priorityCategories", "catégories inconnues : " + String.join(", ", unknown));
      }
    }
    return errors;
  }

  /** Well-formed codes that name nothing known (HTTP 422). */
  public Map<String, String> unknownReferences(Referral referral) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!referenceData.partnerExists(referral.partnerCode())) {
      errors.put("partnerCode", "partenaire inconnu : " + referral.partnerCode());
    }
    if (referenceData.basinOf(referral.territoryCode()).isEmpty()) {
      errors.put("territoryCode", "territoire inconnu : " + referral.territoryCode());
    }
    if (referral.programmeCode() != null && !referenceData.programmeExists(referral.programmeCode())) {
      errors.put("programmeCode", "programme inconnu : " + referral.programmeCode());
    }
    return errors;
  }
}
