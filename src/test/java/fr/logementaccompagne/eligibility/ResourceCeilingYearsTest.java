package fr.logementaccompagne.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16: a referral is checked against the ceilings of its own year, on each side of each line, and a year
 * without a schedule is never checked against another: the referral goes to the priority-publics unit.
 */
class ResourceCeilingYearsTest {

  private static EligibilityRules rulesOf(int year) {
    return new EligibilityRules(new ResourceCeilingRule(EligibilityRulesTest.schedule(year)), Set.of("DALO"));
  }

  /** PLUS, "other regions": 2023 as kept since the first version, 2026 from the order of 19/12/2025. */
  @ParameterizedTest(name = "{0}, size {1}: eligible at {2} EUR, not one euro over")
  @CsvSource({"2023, 1, 20966", "2023, 4, 40648", "2023, 7, 59902",
      "2026, 1, 23403", "2026, 2, 31254", "2026, 3, 37584", "2026, 4, 45374", "2026, 5, 53376", "2026, 6, 60156",
      "2026, 7, 66866"})
  void aReferralIsCheckedAgainstTheCeilingsOfItsYear(int year, int size, long ceiling) {
    EligibilityRules rules = rulesOf(year);
    assertThat(rules.assess(List.of("DALO"), size, 0, BigDecimal.valueOf(ceiling), true).eligible()).isTrue();
    var over = rules.assess(List.of("DALO"), size, 0, BigDecimal.valueOf(ceiling + 1), true);
    assertThat(over.eligible()).isFalse();
    assertThat(over.reasons()).containsExactly("Ressources (%d €) au-dessus du plafond PLUS (%d €)"
        .formatted(ceiling + 1, ceiling));
  }

  @Test
  void resourcesOverThe2023CeilingButUnderThe2026OneDependOnTheYear() {
    BigDecimal resources = new BigDecimal("22000");
    assertThat(rulesOf(2023).assess(List.of("DALO"), 1, 0, resources, true).eligible()).isFalse();
    assertThat(rulesOf(2026).assess(List.of("DALO"), 1, 0, resources, true).eligible()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {2022, 2024, 2025, 2027})
  void aYearWithoutScheduleIsRoutedToReviewWithThatReason(int year) {
    var assessment = rulesOf(year).assess(List.of("DALO"), 1, 0, new BigDecimal("1000"), true);
    assertThat(assessment.eligible()).isFalse();
    assertThat(assessment.reasons()).containsExactly(("Aucun barème de plafonds de ressources pour l'année %d : "
        + "ressources à vérifier par l'unité publics prioritaires").formatted(year));
  }
}
