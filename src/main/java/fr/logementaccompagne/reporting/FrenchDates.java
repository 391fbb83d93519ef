package fr.logementaccompagne.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as French users read them: dd/mm/yyyy. */
final class FrenchDates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private FrenchDates() {
  }

  static String format(LocalDate date) {
    return date == null ? "" : date.format(FORMAT);
  }
}
