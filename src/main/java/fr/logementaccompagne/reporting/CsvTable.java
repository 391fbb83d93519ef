package fr.logementaccompagne.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report table as a CSV file that a French spreadsheet opens as is: UTF-8 with a byte order mark (without it
 * Excel reads Windows-1252), {@code ;} between fields (the comma is the decimal separator in French), decimal
 * commas, dates as dd/mm/yyyy, lines ended by CRLF, fields quoted when they hold a separator, a quote or a line
 * break (RFC 4180).
 */
public final class CsvTable {

  public static final String BOM = "\uFEFF";

  private CsvTable() {
  }

  public static String of(ReportTable table) {
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, table.columns().stream().map(ReportTable.Column::label).toList());
    for (var row : table.rows()) {
      line(csv, table.columns().stream().map(column -> text(row.get(column.key()))).toList());
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    csv.append(fields.stream().map(CsvTable::quoted).collect(Collectors.joining(";"))).append("\r\n");
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return FrenchDates.format(date);
    }
    if (value instanceof Boolean yes) {
      return yes ? "Oui" : "Non";
    }
    if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString()).toPlainString().replace('.', ',');
    }
    return value.toString();
  }

  private static String quoted(String field) {
    if (field.contains(";") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }
}
