package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway;

import fr.logementaccompagne.process.CaseVariables;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rental management's alert about a tenant in difficulty. */
public record MaintienAlert(String householdReference, String dwellingReference, String territoryCode,
                            BigDecimal arrearsAmountEur, Integer arrearsMonths, List<String> troubleKinds) {

  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.HOUSEHOLD_REFERENCE, householdReference);
    variables.put(Vars.DWELLING_REFERENCE, dwellingReference);
    variables.put(Vars.TERRITORY_CODE, territoryCode);
    variables.put(Vars.ARREARS_AMOUNT_EUR, CaseVariables.amount(arrearsAmountEur));
    variables.put(Vars.ARREARS_MONTHS, arrearsMonths);
    variables.put(Vars.TROUBLE_KINDS, String.join(",", troubleKinds));
    return variables;
  }
}
