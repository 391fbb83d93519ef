package fr.logementaccompagne.maintien;

import static fr.logementaccompagne.workflow.VariableValues.amount;
import static fr.logementaccompagne.workflow.VariableValues.decimal;
import static fr.logementaccompagne.workflow.VariableValues.integer;
import static fr.logementaccompagne.workflow.VariableValues.string;
import static fr.logementaccompagne.workflow.VariableValues.stringList;

import fr.logementaccompagne.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.workflow.VariableKinds;
import fr.logementaccompagne.workflow.VariableKinds.Kind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Rental management's alert about a tenant in difficulty. */
public record MaintienAlert(String householdReference, String dwellingReference, String territoryCode,
                            BigDecimal arrearsAmountEur, Integer arrearsMonths, List<String> troubleKinds) {

  /** The kind of each start variable, checked before a person's start is read ({@link VariableKinds}). */
  public static final Map<String, Kind> KINDS = Map.of(Vars.HOUSEHOLD_REFERENCE, Kind.TEXT,
      Vars.DWELLING_REFERENCE, Kind.TEXT, Vars.TERRITORY_CODE, Kind.TEXT, Vars.ARREARS_AMOUNT_EUR, Kind.DECIMAL,
      Vars.ARREARS_MONTHS, Kind.INTEGER, Vars.TROUBLE_KINDS, Kind.CODES);

  public static MaintienAlert from(VariableScope variables) {
    return new MaintienAlert(
        string(variables.getVariable(Vars.HOUSEHOLD_REFERENCE)),
        string(variables.getVariable(Vars.DWELLING_REFERENCE)),
        string(variables.getVariable(Vars.TERRITORY_CODE)),
        decimal(variables.getVariable(Vars.ARREARS_AMOUNT_EUR)),
        integer(variables.getVariable(Vars.ARREARS_MONTHS)),
        stringList(variables.getVariable(Vars.TROUBLE_KINDS)));
  }

  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.HOUSEHOLD_REFERENCE, householdReference);
    variables.put(Vars.DWELLING_REFERENCE, dwellingReference);
    variables.put(Vars.TERRITORY_CODE, territoryCode);
    variables.put(Vars.ARREARS_AMOUNT_EUR, amount(arrearsAmountEur));
    variables.put(Vars.ARREARS_MONTHS, arrearsMonths);
    variables.put(Vars.TROUBLE_KINDS, String.join(",", troubleKinds));
    return variables;
  }
}
