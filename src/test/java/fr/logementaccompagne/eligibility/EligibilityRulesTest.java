package fr.logementaccompagne.eligibility;

import fr.logementaccompagne.engine.access.DmnResourceCeilingTable;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.DmnFiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * docs/design.md section 4 step 2, on each side of each line, with the resource-ceiling table as analysts keep it in
 * processes/resource-ceiling.dmn.
 */
class EligibilityRulesTest {

  static final Set<String> CATEGORIES = Set.of("DALO", "PDALPD", "ACI", "LEAVING_SHELTER", "SIAO_WINTER_END",
      "PSYCHIATRIC_EPSM", "LEAVING_PRISON", "UNFIT_HOUSING", "YOUNG_PERSON", "SINGLE_WOMAN_WITH_CHILDREN",
      "TRAVELLERS_SETTLING", "MOTOR_DISABILITY", "PARENTS_INTELLECTUAL_DISABILITY");

  static final DmnFiles TABLE = DmnFiles.decision("resource-ceiling.dmn", ResourceCeilingTable.DECISION_KEY);
  static final ResourceCeilingTable FROM_FILE = schedule(2023);

  /** The file's schedule of one year, read as {@link DmnResourceCeilingTable} reads the deployed table. */
  static ResourceCeilingTable schedule(int year) {
    return (financing, category) -> {
      var row = TABLE.evaluate(Map.of("scheduleYear", year, "financing", financing.name(),
          "compositionCategory", category)).getSingleResult();
      if (row == null) {
        throw new NoCeilingScheduleException(year);
      }
      return new ResourceCeiling(((Number) row.getEntry("ceilingEur")).longValue(),
          ((Number) row.getEntry("extraPersonEur")).longValue());
    };
  }
  static final ResourceCeilingRule CEILINGS = new ResourceCeilingRule(FROM_FILE);
  static final EligibilityRules RULES = new EligibilityRules(CEILINGS, CATEGORIES);

  @ParameterizedTest
  @ValueSource(strings = {"DALO", "PDALPD", "ACI", "LEAVING_SHELTER", "SIAO_WINTER_END", "PSYCHIATRIC_EPSM",
      "LEAVING_PRISON", "UNFIT_HOUSING", "YOUNG_PERSON", "SINGLE_WOMAN_WITH_CHILDREN", "TRAVELLERS_SETTLING",
      "MOTOR_DISABILITY", "PARENTS_INTELLECTUAL_DISABILITY"})
  void eachPriorityCategoryAloneMakesAHouseholdEligible(String category) {
    assertThat(RULES.assess(List.of(category), 2, 0, new BigDecimal("10000"), true).eligible()).isTrue();
  }

  @Test
  void anAssessmentAsksTheCeilingTableOnce() {
    List<String> questions = new ArrayList<>();
    var counted = new EligibilityRules(new ResourceCeilingRule((financing, category) -> {
      questions.add(financing + "/" + category);
      return FROM_FILE.ceiling(financing, category);
    }), CATEGORIES);
    assertThat(counted.assess(List.of("DALO"), 2, 0, new BigDecimal("10000"), true).eligible()).isTrue();
    assertThat(questions).containsExactly("PLUS/2");
  }

  @Test
  void noKnownCategoryIsNotEligible() {
    var assessment = RULES.assess(List.of("SOMETHING_ELSE"), 2, 0, new BigDecimal("10000"), true);
    assertThat(assessment.eligible()).isFalse();
    assertThat(assessment.reasons()).containsExactly("Aucune catégorie de public prioritaire");
    assertThat(RULES.assess(List.of(), 2, 0, new BigDecimal("10000"), true).eligible()).isFalse();
  }

  @Test
  void missingConsentIsNotEligible() {
    var assessment = RULES.assess(List.of("DALO"), 2, 0, new BigDecimal("10000"), false);
    assertThat(assessment.eligible()).isFalse();
    assertThat(assessment.reasons()).containsExactly("Consentement à l'accompagnement absent");
  }

  /** PLUS ceilings 2023 "other regions": sizes 1 to 6, then 7 = category 6 plus one extra person. */
  @ParameterizedTest(name = "size {0}: eligible at {1} EUR, not one euro over")
  @CsvSource({"1, 20966", "2, 27998", "3, 33670", "4, 40648", "5, 47818", "6, 53891", "7, 59902"})
  void resourcesAtTheCeilingAreEligibleAndOneEuroOverAreNot(int size, long ceiling) {
    assertThat(RULES.assess(List.of("DALO"), size, 0, BigDecimal.valueOf(ceiling), true).eligible()).isTrue();
    var over = RULES.assess(List.of("DALO"), size, 0, BigDecimal.valueOf(ceiling + 1), true);
    assertThat(over.eligible()).isFalse();
    assertThat(over.reasons()).singleElement().asString().contains("au-dessus du plafond PLUS (" + ceiling + " €)");
  }

  @ParameterizedTest(name = "PLAI size {0}: {1} EUR")
  @CsvSource({"1, 11531", "2, 16800", "3, 20203", "4, 22479", "5, 26300", "6, 29641", "7, 32947", "8, 36253"})
  void plaiCeilingsFollowTheSchedule(int size, long ceiling) {
    assertThat(CEILINGS.ceilingEur(Financing.PLAI, size, 0)).isEqualTo(ceiling);
    assertThat(CEILINGS.withinCeiling(Financing.PLAI, size, 0, BigDecimal.valueOf(ceiling))).isTrue();
    assertThat(CEILINGS.withinCeiling(Financing.PLAI, size, 0, BigDecimal.valueOf(ceiling + 1))).isFalse();
  }

  @Test
  void aSingleAdultWithDependantsCountsOneCategoryUp() {
    assertThat(ResourceCeilingRule.countedPersons(2, 1)).isEqualTo(3);
    assertThat(ResourceCeilingRule.countedPersons(2, 0)).isEqualTo(2);
    assertThat(ResourceCeilingRule.countedPersons(4, 2)).isEqualTo(4);
    assertThat(CEILINGS.ceilingEur(Financing.PLUS, 2, 1)).isEqualTo(33670);
  }

  @Test
  void plsCeilingIsPlusRaisedByThirtyPercent() {
    assertThat(CEILINGS.ceilingEur(Financing.PLS, 1, 0)).isEqualTo(Math.round(20966 * 1.3));
  }
}
