package fr.logementaccompagne.dwelling;

import fr.logementaccompagne.dwelling.DwellingRepository.Dwelling;
import fr.logementaccompagne.eligibility.Financing;
import fr.logementaccompagne.eligibility.NoCeilingScheduleException;
import fr.logementaccompagne.eligibility.ResourceCeilingRule;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whether a dwelling fits a household: typology for its size, motor-disability adaptation when needed, and
 * resources within the ceiling of the dwelling's financing.
 */
public class DwellingFit {

  /** Persons a typology houses, smallest and largest (landlord's attribution guide). */
  static final Map<String, int[]> PERSONS_BY_TYPOLOGY = Map.of(
      "T1", new int[] {1, 1}, "T2", new int[] {1, 2}, "T3", new int[] {2, 4},
      "T4", new int[] {3, 5}, "T5", new int[] {4, 7}, "T6", new int[] {5, 12});

  /** Choices the agency reads in the proposal form: enough to choose, few enough to read (issue 15). */
  public static final int MAX_OPTIONS = 20;

  /**
   * The best fits first: the smallest typology that houses the household (larger dwellings stay for larger
   * households), then the lowest rent and charges (a dwelling without a known rent after those with one), then the
   * reference, so the order is the same at every search.
   */
  static final Comparator<Dwelling> BEST_FIRST = Comparator
      .comparing(Dwelling::typology)
      .thenComparing(DwellingFit::monthlyCostEur, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Dwelling::reference);

  private final ResourceCeilingRule ceilings;

  public DwellingFit(ResourceCeilingRule ceilings) {
    this.ceilings = ceilings;
  }

  public record Household(int size, int dependants, BigDecimal annualResourcesEur, boolean needsMotorAdapted) {
  }

  public boolean fits(Dwelling dwelling, Household household) {
    int[] persons = PERSONS_BY_TYPOLOGY.get(dwelling.typology());
    return persons != null && household.size() >= persons[0] && household.size() <= persons[1]
        && (!household.needsMotorAdapted() || dwelling.motorAdapted())
        && withinCeiling(dwelling, household);
  }

  /**
   * Without a schedule for the referral's year the priority-publics unit has already reviewed the resources and
   * let the case go on: the financing's ceiling is not held against the household.
   */
  private boolean withinCeiling(Dwelling dwelling, Household household) {
    try {
      return ceilings.withinCeiling(Financing.valueOf(dwelling.financing()), household.size(), household.dependants(),
          household.annualResourcesEur());
    } catch (NoCeilingScheduleException noSchedule) {
      return true;
    }
  }

  /**
   * Adapted dwellings are scarce: a household that does not need one is offered one only when no other dwelling
   * fits it.
   */
  public static List<Dwelling> offered(List<Dwelling> fitting, boolean needsMotorAdapted) {
    List<Dwelling> ordinary = fitting.stream().filter(dwelling -> !dwelling.motorAdapted()).toList();
    return needsMotorAdapted || ordinary.isEmpty() ? fitting : ordinary;
  }

  /** The {@link #MAX_OPTIONS} best of the offered dwellings, best first. */
  public static List<Dwelling> best(List<Dwelling> offered) {
    return offered.stream().sorted(BEST_FIRST).limit(MAX_OPTIONS).toList();
  }

  private static BigDecimal monthlyCostEur(Dwelling dwelling) {
    return dwelling.monthlyRentEur() == null ? null
        : dwelling.serviceChargesEur() == null ? dwelling.monthlyRentEur()
        : dwelling.monthlyRentEur().add(dwelling.serviceChargesEur());
  }
}
