package fr.logementaccompagne.reporting;

import fr.logementaccompagne.security.CaseScope;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a report is computed for: a year, the day its "now" figures are taken (today, or the year's last day for a
 * past year), and the cases the caller may read (CaseScope, docs/adr/0015).
 */
public record ReportPeriod(int year, LocalDate asOf, CaseScope.Condition scope) {

  public static ReportPeriod of(int year, LocalDate today, CaseScope.Condition scope) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    return new ReportPeriod(year, today.isAfter(yearEnd) ? yearEnd : today, scope);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate nextYearFirstDay() {
    return LocalDate.of(year + 1, 1, 1);
  }

  public LocalDateTime yearStart() {
    return firstDay().atStartOfDay();
  }

  public LocalDateTime yearEnd() {
    return nextYearFirstDay().atStartOfDay();
  }

  /** SQL condition on {@code pathway_case pc}, to AND into a query. */
  public String scopeSql() {
    return "(" + scope.sql() + ")";
  }
}
