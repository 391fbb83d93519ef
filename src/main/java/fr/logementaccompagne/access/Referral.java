package fr.logementaccompagne.access;

import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.household.HouseholdRepository.HouseholdProfile;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A partner's referral of a household to the access pathway, as the API receives it and the process holds it. */
public record Referral(String householdReference, String partnerCode, String territoryCode, Integer householdSize,
                       Integer dependants, BigDecimal annualResourcesEur, List<String> priorityCategories,
                       boolean needsMotorAdaptedDwelling, boolean consentToAccompaniment, String programmeCode) {

  /** Start variables of the process, each of its canonical type: codes and figures only, no personal details. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    Typed.HOUSEHOLD_REFERENCE.putInto(variables, householdReference);
    Typed.PARTNER_CODE.putInto(variables, partnerCode);
    Typed.TERRITORY_CODE.putInto(variables, territoryCode);
    Typed.HOUSEHOLD_SIZE.putInto(variables, householdSize);
    Typed.DEPENDANTS.putInto(variables, dependantsOrZero());
    Typed.ANNUAL_RESOURCES_EUR.putInto(variables, annualResourcesEur);
    Typed.PRIORITY_CATEGORIES.putInto(variables, priorityCategories);
    Typed.NEEDS_MOTOR_ADAPTED_DWELLING.putInto(variables, needsMotorAdaptedDwelling);
    Typed.CONSENT_TO_ACCOMPANIMENT.putInto(variables, consentToAccompaniment);
    Typed.PROGRAMME_CODE.putInto(variables, programmeCode);
    return variables;
  }

  public int dependantsOrZero() {
    return dependants == null ? 0 : dependants;
  }

  public HouseholdProfile profile() {
    return new HouseholdProfile(householdSize, dependantsOrZero(), annualResourcesEur, territoryCode, partnerCode,
        needsMotorAdaptedDwelling);
  }
}
