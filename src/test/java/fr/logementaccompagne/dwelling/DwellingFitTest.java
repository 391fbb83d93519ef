package fr.logementaccompagne.dwelling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.dwelling.DwellingFit.Household;
import fr.logementaccompagne.dwelling.DwellingRepository.Dwelling;
import fr.logementaccompagne.eligibility.ResourceCeilingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DwellingFitTest {

  /** PLAI and PLUS category-1..6 ceilings (2023); enough for these cases. */
  private static final Map<String, long[]> CEILINGS = Map.of(
      "PLAI", new long[] {11531, 16800, 20203, 22479, 26300, 29641, 3306},
      "PLUS", new long[] {20966, 27998, 33670, 40648, 47818, 53891, 6011});
  private final DwellingFit fit = new DwellingFit(new ResourceCeilingRule((financing, category) ->
      new fr.logementaccompagne.eligibility.ResourceCeiling(CEILINGS.get(financing.name())[category - 1],
          CEILINGS.get(financing.name())[6])));

  private static Dwelling dwelling(String typology, String financing, boolean adapted) {
    return new Dwelling(1, "D-1", "Lille", typology, financing, adapted);
  }

  private static Household household(int size, String resources, boolean needsAdapted) {
    return new Household(size, 0, new BigDecimal(resources), needsAdapted);
  }

  @ParameterizedTest(name = "{0}: {1} to {2} persons")
  @CsvSource({"T1, 1, 1", "T2, 1, 2", "T3, 2, 4", "T4, 3, 5", "T5, 4, 7", "T6, 5, 12"})
  void typologyHousesItsRangeOfPersons(String typology, int smallest, int largest) {
    Dwelling dwelling = dwelling(typology, "PLUS", false);
    assertThat(fit.fits(dwelling, household(smallest, "1000", false))).isTrue();
    assertThat(fit.fits(dwelling, household(largest, "1000", false))).isTrue();
    if (smallest > 1) {
      assertThat(fit.fits(dwelling, household(smallest - 1, "1000", false))).isFalse();
    }
    if (largest < 12) {
      assertThat(fit.fits(dwelling, household(largest + 1, "1000", false))).isFalse();
    }
  }

  @Test
  void aHouseholdWithMotorDisabilityGetsAnAdaptedDwellingOnly() {
    assertThat(fit.fits(dwelling("T2", "PLAI", false), household(1, "9000", true))).isFalse();
    assertThat(fit.fits(dwelling("T2", "PLAI", true), household(1, "9000", true))).isTrue();
    assertThat(fit.fits(dwelling("T2", "PLAI", true), household(1, "9000", false))).isTrue();
  }

  @Test
  void resourcesMustFitTheDwellingsOwnFinancing() {
    assertThat(fit.fits(dwelling("T2", "PLAI", false), household(2, "16800", false))).isTrue();
    assertThat(fit.fits(dwelling("T2", "PLAI", false), household(2, "16801", false))).isFalse();
    assertThat(fit.fits(dwelling("T2", "PLUS", false), household(2, "16801", false))).isTrue();
  }

  private static Dwelling priced(String reference, String typology, String rent, String charges) {
    return new Dwelling(1, reference, "Lille", null, typology, "PLUS", false, null, null,
        rent == null ? null : new BigDecimal(rent), charges == null ? null : new BigDecimal(charges), null, null);
  }

  @Test
  void atMostTwentyDwellingsAreOffered() {
    List<Dwelling> twenty = IntStream.rangeClosed(1, 20)
        .mapToObj(i -> priced("D-%02d".formatted(i), "T3", "400", "50")).toList();
    List<Dwelling> twentyOne = new ArrayList<>(twenty);
    twentyOne.add(priced("D-00", "T3", "400", "50"));
    assertThat(DwellingFit.best(twenty)).hasSize(DwellingFit.MAX_OPTIONS).containsExactlyElementsOf(twenty);
    assertThat(DwellingFit.best(twentyOne)).hasSize(DwellingFit.MAX_OPTIONS)
        .extracting(Dwelling::reference).startsWith("D-00").doesNotContain("D-20");
    assertThat(DwellingFit.best(twenty.subList(0, 19))).hasSize(19);
  }

  @Test
  void theSmallestTypologyThenTheCheapestComesFirst() {
    List<Dwelling> offered = List.of(
        priced("T4-CHEAP", "T4", "300", "40"),
        priced("T3-NO-RENT", "T3", null, null),
        priced("T3-DEAR", "T3", "450", "60"),
        priced("T3-CHEAP", "T3", "450", "59"),
        priced("T3-NO-CHARGES", "T3", "520", null));
    assertThat(DwellingFit.best(offered)).extracting(Dwelling::reference)
        .containsExactly("T3-CHEAP", "T3-DEAR", "T3-NO-CHARGES", "T3-NO-RENT", "T4-CHEAP");
  }
}
