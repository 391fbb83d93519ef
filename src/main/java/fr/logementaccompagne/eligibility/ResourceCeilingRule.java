package fr.logementaccompagne.eligibility;

import java.math.BigDecimal;

/**
 * Whether a household's yearly resources are within the ceiling of a financing. The household category
 * (1 to 6) follows the HLM schedule: one person per category, a single adult with dependants counting one
 * category up; beyond category 6 each extra person adds the table's per-person amount.
 */
public class ResourceCeilingRule {

  private static final int LAST_CATEGORY = 6;

  private final ResourceCeilingTable table;

  public ResourceCeilingRule(ResourceCeilingTable table) {
    this.table = table;
  }

  public long ceilingEur(Financing financing, int householdSize, int dependants) {
    int persons = countedPersons(householdSize, dependants);
    if (financing == Financing.PLS) {
      return Math.round(ceilingEur(Financing.PLUS, householdSize, dependants) * 1.3);
    }
    ResourceCeiling row = table.ceiling(financing, Math.min(persons, LAST_CATEGORY));
    return row.ceilingEur() + Math.max(0, persons - LAST_CATEGORY) * row.extraPersonEur();
  }

  public boolean withinCeiling(Financing financing, int householdSize, int dependants, BigDecimal resourcesEur) {
    return within(resourcesEur, ceilingEur(financing, householdSize, dependants));
  }

  /** Resources equal to the ceiling are within it. */
  public static boolean within(BigDecimal resourcesEur, long ceilingEur) {
    return resourcesEur.compareTo(BigDecimal.valueOf(ceilingEur)) <= 0;
  }

  static int countedPersons(int householdSize, int dependants) {
    boolean singleAdultWithDependants = dependants > 0 && householdSize - dependants == 1;
    return householdSize + (singleAdultWithDependants ? 1 : 0);
  }
}
