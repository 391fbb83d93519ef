package fr.logementaccompagne.access;

import fr.logementaccompagne.process.access.AccessPathway;

import fr.logementaccompagne.process.CaseVariables;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.household.HouseholdRepository.HouseholdProfile;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A partner's referral of a household to the access pathway, as the API receives it and the process holds it. */
public record Referral(String householdReference, String partnerCode, String territoryCode, Integer householdSize,
                       Integer dependants, BigDecimal annualResourcesEur, List<String> priorityCategories,
                       boolean needsMotorAdaptedDwelling, boolean consentToAccompaniment, String programmeCode) {

  /** Start variables of the process: codes and figures only, no personal details. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.HOUSEHOLD_REFERENCE, householdReference);
    variables.put(Vars.PARTNER_CODE, partnerCode);
    variables.put(Vars.TERRITORY_CODE, territoryCode);
    variables.put(Vars.HOUSEHOLD_SIZE, householdSize);
    variables.put(Vars.DEPENDANTS, dependants == null ? 0 : dependants);
    variables.put(Vars.ANNUAL_RESOURCES_EUR, CaseVariables.amount(annualResourcesEur));
    variables.put(Vars.PRIORITY_CATEGORIES, String.join(",", priorityCategories));
    variables.put(Vars.NEEDS_MOTOR_ADAPTED_DWELLING, needsMotorAdaptedDwelling);
    variables.put(Vars.CONSENT_TO_ACCOMPANIMENT, consentToAccompaniment);
    variables.put(Vars.PROGRAMME_CODE, programmeCode);
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
