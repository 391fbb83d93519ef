package fr.logementaccompagne.access;

import static fr.logementaccompagne.workflow.VariableValues.amount;
import static fr.logementaccompagne.workflow.VariableValues.bool;
import static fr.logementaccompagne.workflow.VariableValues.decimal;
import static fr.logementaccompagne.workflow.VariableValues.integer;
import static fr.logementaccompagne.workflow.VariableValues.string;
import static fr.logementaccompagne.workflow.VariableValues.stringList;

import fr.logementaccompagne.access.AccessPathway.Vars;
import fr.logementaccompagne.household.HouseholdRepository.HouseholdProfile;
import fr.logementaccompagne.workflow.VariableKinds;
import fr.logementaccompagne.workflow.VariableKinds.Kind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A partner's referral of a household to the access pathway, as the API receives it and the process holds it. */
public record Referral(String householdReference, String partnerCode, String territoryCode, Integer householdSize,
                       Integer dependants, BigDecimal annualResourcesEur, List<String> priorityCategories,
                       boolean needsMotorAdaptedDwelling, boolean consentToAccompaniment, String programmeCode) {

  /** The kind of each start variable, checked before a person's start is read ({@link VariableKinds}). */
  public static final Map<String, Kind> KINDS = Map.of(Vars.HOUSEHOLD_REFERENCE, Kind.TEXT,
      Vars.PARTNER_CODE, Kind.TEXT, Vars.TERRITORY_CODE, Kind.TEXT, Vars.HOUSEHOLD_SIZE, Kind.INTEGER,
      Vars.DEPENDANTS, Kind.INTEGER, Vars.ANNUAL_RESOURCES_EUR, Kind.DECIMAL, Vars.PRIORITY_CATEGORIES, Kind.CODES,
      Vars.NEEDS_MOTOR_ADAPTED_DWELLING, Kind.BOOLEAN, Vars.CONSENT_TO_ACCOMPANIMENT, Kind.BOOLEAN,
      Vars.PROGRAMME_CODE, Kind.TEXT);

  public static Referral from(VariableScope variables) {
    return new Referral(
        string(variables.getVariable(Vars.HOUSEHOLD_REFERENCE)),
        string(variables.getVariable(Vars.PARTNER_CODE)),
        string(variables.getVariable(Vars.TERRITORY_CODE)),
        integer(variables.getVariable(Vars.HOUSEHOLD_SIZE)),
        integer(variables.getVariable(Vars.DEPENDANTS)),
        decimal(variables.getVariable(Vars.ANNUAL_RESOURCES_EUR)),
        stringList(variables.getVariable(Vars.PRIORITY_CATEGORIES)),
        bool(variables.getVariable(Vars.NEEDS_MOTOR_ADAPTED_DWELLING)),
        bool(variables.getVariable(Vars.CONSENT_TO_ACCOMPANIMENT)),
        string(variables.getVariable(Vars.PROGRAMME_CODE)));
  }

  /** Start variables of the process: codes and figures only, no personal details. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.HOUSEHOLD_REFERENCE, householdReference);
    variables.put(Vars.PARTNER_CODE, partnerCode);
    variables.put(Vars.TERRITORY_CODE, territoryCode);
    variables.put(Vars.HOUSEHOLD_SIZE, householdSize);
    variables.put(Vars.DEPENDANTS, dependants == null ? 0 : dependants);
    variables.put(Vars.ANNUAL_RESOURCES_EUR, amount(annualResourcesEur));
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
