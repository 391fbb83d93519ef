package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.Typed;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rental management's alert about a tenant in difficulty. */
public record MaintienAlert(String householdReference, String dwellingReference, String territoryCode,
                            BigDecimal arrearsAmountEur, Integer arrearsMonths, List<String> troubleKinds) {

  /** Start variables of the process, each of its canonical type. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    Typed.HOUSEHOLD_REFERENCE.putInto(variables, householdReference);
    Typed.DWELLING_REFERENCE.putInto(variables, dwellingReference);
    Typed.TERRITORY_CODE.putInto(variables, territoryCode);
    Typed.ARREARS_AMOUNT_EUR.putInto(variables, arrearsAmountEur);
    Typed.ARREARS_MONTHS.putInto(variables, arrearsMonths);
    Typed.TROUBLE_KINDS.putInto(variables, troubleKinds);
    return variables;
  }
}
