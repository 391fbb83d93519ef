package fr.logementaccompagne.access;

import fr.logementaccompagne.process.access.AccessPathway;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rules a referral must meet before anything is created (docs/design.md sections 4b and 8), whichever door it
 * came through. Returns field name to French message; empty when the referral is acceptable.
 */
@Component
public class ReferralValidator {

  public static final Pattern HOUSEHOLD_REFERENCE = Pattern.compile("^[A-Z0-9-]{3,40}$");
  /** Codes and references of the reference data: at most 40 of A-Z 0-9 _ - (no space, control or other character). */
  public static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{0,39}$");
  public static final String CODE_RULE = "40 caractères au plus parmi A-Z, 0-9, _ et -";
  /** The largest amount the store holds (NUMERIC(12, 2)). */
  public static final BigDecimal MAX_AMOUNT_EUR = new BigDecimal("9999999999.99");
  public static final String AMOUNT_RULE = "un montant positif ou nul, au centime près, inférieur à 10 milliards";
  static final int MAX_PRIORITY_CATEGORIES = 20;

  private final ReferenceDataRepository referenceData;

  public ReferralValidator(ReferenceDataRepository referenceData) {
    this.referenceData = referenceData;
  }

  /** Malformed values (HTTP 400). */
  public Map<String, String> formErrors(Referral referral) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (referral.householdReference() == null || !HOUSEHOLD_REFERENCE.matcher(referral.householdReference()).matches()) {
      errors.put(Vars.HOUSEHOLD_REFERENCE, "obligatoire : 3 à 40 caractères parmi A-Z, 0-9 et -");
    }
    if (!isCode(referral.partnerCode())) {
      errors.put(Vars.PARTNER_CODE, "obligatoire : " + CODE_RULE);
    }
    if (!isCode(referral.territoryCode())) {
      errors.put(Vars.TERRITORY_CODE, "obligatoire : " + CODE_RULE);
    }
    if (referral.programmeCode() != null && !isCode(referral.programmeCode())) {
      errors.put(Vars.PROGRAMME_CODE, CODE_RULE);
    }
    Integer size = referral.householdSize();
    if (size == null || size < 1 || size > 12) {
      errors.put(Vars.HOUSEHOLD_SIZE, "obligatoire : entre 1 et 12 personnes");
    }
    int dependants = referral.dependantsOrZero();
    if (dependants < 0 || dependants > 11 || size != null && dependants >= size) {
      errors.put(Vars.DEPENDANTS, "entre 0 et 11, et inférieur à la taille du ménage");
    }
    BigDecimal resources = referral.annualResourcesEur();
    if (!isAmount(resources)) {
      errors.put(Vars.ANNUAL_RESOURCES_EUR, "obligatoire : " + AMOUNT_RULE);
    }
    var categories = referral.priorityCategories();
    if (categories.isEmpty()) {
      errors.put(Vars.PRIORITY_CATEGORIES, "au moins une catégorie prioritaire");
    } else if (categories.size() > MAX_PRIORITY_CATEGORIES
        || !categories.stream().allMatch(ReferralValidator::isCode)) {
      errors.put(Vars.PRIORITY_CATEGORIES, "au plus " + MAX_PRIORITY_CATEGORIES + " codes, chacun de " + CODE_RULE);
    } else if (categories.stream().distinct().count() < categories.size()) {
      errors.put(Vars.PRIORITY_CATEGORIES, "catégorie en double");
    } else {
      var known = referenceData.priorityCategoryCodes();
      var unknown = referral.priorityCategories().stream().filter(code -> !known.contains(code)).toList();
      if (!unknown.isEmpty()) {
        errors.put(Vars.PRIORITY_CATEGORIES, "catégories inconnues : " + String.join(", ", unknown));
      }
    }
    return errors;
  }

  public static boolean isCode(String value) {
    return value != null && CODE.matcher(value).matches();
  }

  /** Positive or zero, in cents at most, and small enough for the store: anything else would fail at the database. */
  public static boolean isAmount(BigDecimal value) {
    return value != null && value.signum() >= 0 && value.compareTo(MAX_AMOUNT_EUR) <= 0
        && value.stripTrailingZeros().scale() <= 2;
  }

  /** Well-formed codes that name nothing known (HTTP 422). */
  public Map<String, String> unknownReferences(Referral referral) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!referenceData.partnerExists(referral.partnerCode())) {
      errors.put(Vars.PARTNER_CODE, "partenaire inconnu : " + referral.partnerCode());
    }
    if (referenceData.basinOf(referral.territoryCode()).isEmpty()) {
      errors.put(Vars.TERRITORY_CODE, "territoire inconnu : " + referral.territoryCode());
    }
    if (referral.programmeCode() != null && !referenceData.programmeExists(referral.programmeCode())) {
      errors.put(Vars.PROGRAMME_CODE, "programme inconnu : " + referral.programmeCode());
    }
    return errors;
  }
}
