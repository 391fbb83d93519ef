package fr.logementaccompagne.maintien;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.DmnFiles;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accompaniment-scale table as analysts keep it: scale and price by lot and total difficulty (0 to 15). */
class AccompanimentScaleDecisionTest {

  static final DmnFiles TABLE = DmnFiles.decision("accompaniment-scale.dmn", "accompaniment-scale");

  @ParameterizedTest(name = "lot {0}, difficulty {1} → scale {2}, {3} EUR")
  @CsvSource({
      "2, 0, 1, 1800", "2, 5, 1, 1800", "2, 6, 2, 2700", "2, 10, 2, 2700", "2, 11, 3, 3600", "2, 15, 3, 3600",
      "3, 0, 1, 2400", "3, 5, 1, 2400", "3, 6, 2, 3600", "3, 10, 2, 3600", "3, 11, 3, 4800", "3, 15, 3, 4800"})
  void scaleAndPriceOnEachSideOfTheLines(int lot, int difficulty, int scale, int amount) {
    var result = TABLE.evaluate(Map.of("lotNumber", lot, "difficultyTotal", difficulty)).getSingleResult();
    assertThat(((Number) result.getEntry("scale")).intValue()).isEqualTo(scale);
    assertThat(((Number) result.getEntry("amountEur")).intValue()).isEqualTo(amount);
  }
}
