package fr.logementaccompagne.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The programme's figures of a year as one caller may see them: its scope, and one table per figure. */
public record ProgrammeReport(int year, LocalDate asOf, String scope, List<ReportTable> tables) {

  public Optional<ReportTable> table(String id) {
    return tables.stream().filter(table -> table.id().equals(id)).findFirst();
  }
}
