package fr.logementaccompagne.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Medians of durations, as managers read them: in months with one decimal, or in days. */
final class Medians {

  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private Medians() {
  }

  /** The median of the values, null when there is none (nothing to show rather than a misleading zero). */
  static Double of(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }

  static BigDecimal monthsOfDays(List<Long> days) {
    Double median = of(days);
    return median == null ? null : BigDecimal.valueOf(median / DAYS_PER_MONTH).setScale(1, RoundingMode.HALF_UP);
  }
}
