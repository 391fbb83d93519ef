package fr.logementaccompagne.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecidedOnceCeilingTableTest {

  /** A table that answers 16,800 € (+ 3,306 € per extra person) and remembers each question it was asked. */
  private final List<String> questions = new ArrayList<>();
  private final ResourceCeilingTable counted = (financing, category) -> {
    questions.add(financing + "/" + category);
    return new ResourceCeiling(16_800, 3_306);
  };

  @Test
  void aSearchOverManyDwellingsAsksOncePerFinancing() {
    var rule = new ResourceCeilingRule(new DecidedOnceCeilingTable(counted));
    for (int dwelling = 0; dwelling < 2_000; dwelling++) {
      rule.withinCeiling(Financing.values()[dwelling % 3], 2, 0, new BigDecimal("15000"));
    }
    // PLS is PLUS raised by 30 %: two questions for three financings
    assertThat(questions).containsExactlyInAnyOrder("PLAI/2", "PLUS/2");
  }

  @Test
  void theRememberedCeilingIsHeldToTheEuro() {
    var rule = new ResourceCeilingRule(new DecidedOnceCeilingTable(counted));
    assertThat(rule.withinCeiling(Financing.PLAI, 2, 0, new BigDecimal("16800"))).isTrue();
    assertThat(rule.withinCeiling(Financing.PLAI, 2, 0, new BigDecimal("16801"))).isFalse();
    assertThat(rule.withinCeiling(Financing.PLAI, 2, 0, new BigDecimal("16800.00"))).isTrue();
    assertThat(questions).containsExactly("PLAI/2");
  }

  @Test
  void anotherHouseholdCategoryIsAnotherQuestion() {
    var table = new DecidedOnceCeilingTable(counted);
    table.ceiling(Financing.PLUS, 2);
    table.ceiling(Financing.PLUS, 3);
    table.ceiling(Financing.PLUS, 2);
    assertThat(questions).containsExactly("PLUS/2", "PLUS/3");
  }

  @Test
  void aYearWithoutScheduleIsAskedOnce() {
    List<Integer> asked = new ArrayList<>();
    var table = new DecidedOnceCeilingTable((financing, category) -> {
      asked.add(category);
      throw new NoCeilingScheduleException(2031);
    });
    assertThatThrownBy(() -> table.ceiling(Financing.PLAI, 1)).isInstanceOf(NoCeilingScheduleException.class);
    assertThatThrownBy(() -> table.ceiling(Financing.PLUS, 1)).isInstanceOf(NoCeilingScheduleException.class)
        .hasMessageContaining("2031");
    assertThat(asked).hasSize(1);
  }
}
