package fr.logementaccompagne.dwelling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.dwelling.DwellingRepository.Dwelling;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dwelling choices in the proposal form read as words (issues 9 and 16), and adapted dwellings are kept back. */
class DwellingLabelTest {

  private static Dwelling fives(Integer floor, Boolean lift, String rent, boolean adapted, LocalDate availableFrom) {
    return new Dwelling(1, "LIL-FIV-02", "Lille", "Fives", "T3", "PLAI", adapted, floor, lift,
        rent == null ? null : new BigDecimal(rent), rent == null ? null : new BigDecimal("80.00"),
        new BigDecimal("63.40"), availableFrom);
  }

  @Test
  void aDwellingReadsAsAnAgencyDescribesIt() {
    assertThat(DwellingLabel.of(fives(2, true, "412.00", false, null)))
        .isEqualTo("T3 PLAI, Lille (Fives), 2e étage avec ascenseur, 412 € de loyer + 80 € de charges, 63 m² "
            + "(LIL-FIV-02)");
  }

  @Test
  void groundFloorCentsAdaptationAndAvailabilityAreSaid() {
    assertThat(DwellingLabel.of(fives(0, false, "412.50", true, LocalDate.of(2026, 3, 1))))
        .isEqualTo("T3 PLAI, Lille (Fives), rez-de-chaussée, 412,50 € de loyer + 80 € de charges, 63 m², "
            + "adapté au handicap moteur, disponible le 01/03/2026 (LIL-FIV-02)");
    assertThat(DwellingLabel.floor(1)).isEqualTo("1er étage");
    assertThat(DwellingLabel.floor(-1)).isEqualTo("sous-sol");
  }

  @Test
  void factsNotGivenAreLeftOut() {
    assertThat(DwellingLabel.of(new Dwelling(1, "DOU-STD-01", "Douai", "T3", "PLUS", false)))
        .isEqualTo("T3 PLUS, Douai (DOU-STD-01)");
  }

  @Test
  void anAdaptedDwellingGoesToAHouseholdThatDoesNotNeedOneOnlyWhenNothingElseFits() {
    Dwelling adapted = new Dwelling(1, "A", "Lille", "T2", "PLAI", true);
    Dwelling ordinary = new Dwelling(2, "B", "Lille", "T2", "PLAI", false);
    assertThat(DwellingFit.offered(List.of(adapted, ordinary), false)).containsExactly(ordinary);
    assertThat(DwellingFit.offered(List.of(adapted), false)).containsExactly(adapted);
    assertThat(DwellingFit.offered(List.of(adapted, ordinary), true)).containsExactly(adapted, ordinary);
  }
}
