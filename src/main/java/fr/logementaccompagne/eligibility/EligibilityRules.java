package fr.logementaccompagne.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * docs/design.md section 4, step 2: at least one known priority category, resources within the ceiling, consent to
 * accompaniment. The ceiling checked here is the PLUS one, the highest of the programme's stock; dwelling
 * matching then keeps only dwellings whose own financing the household fits (ADR 6). The schedule is the one of
 * the referral's year; a year without one makes the referral ineligible with that reason, for review.
 */
public class EligibilityRules {

  public static final Financing INTAKE_FINANCING = Financing.PLUS;

  private final ResourceCeilingRule ceilings;
  private final Set<String> priorityCategories;

  public EligibilityRules(ResourceCeilingRule ceilings, Set<String> priorityCategories) {
    this.ceilings = ceilings;
    this.priorityCategories = priorityCategories;
  }

  public record Assessment(boolean eligible, List<String> reasons) {
  }

  public Assessment assess(Collection<String> categories, int householdSize, int dependants,
                           BigDecimal annualResourcesEur, boolean consentToAccompaniment) {
    List<String> reasons = new ArrayList<>();
    if (categories.stream().noneMatch(priorityCategories::contains)) {
      reasons.add("Aucune catégorie de public prioritaire");
    }
    try {
      // one question to the decision table per assessment: each answer is a decision instance in the history
      long ceiling = ceilings.ceilingEur(INTAKE_FINANCING, householdSize, dependants);
      if (!ResourceCeilingRule.within(annualResourcesEur, ceiling)) {
        reasons.add("Ressources (%s €) au-dessus du plafond %s (%d €)".formatted(
            annualResourcesEur.toPlainString(), INTAKE_FINANCING, ceiling));
      }
    } catch (NoCeilingScheduleException noSchedule) {
      // never checked against another year's schedule: the priority-publics unit reviews the resources
      reasons.add(noSchedule.getMessage());
    }
    if (!consentToAccompaniment) {
      reasons.add("Consentement à l'accompagnement absent");
    }
    return new Assessment(reasons.isEmpty(), List.copyOf(reasons));
  }
}
