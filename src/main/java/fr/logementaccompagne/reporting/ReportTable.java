package fr.logementaccompagne.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the programme report: the same rows feed the JSON answer, the CSV file and the dashboard (its chart
 * and the table underneath). Column labels are the French headers a spreadsheet shows; keys are for programs.
 */
public record ReportTable(String id, String title, List<Column> columns, List<Map<String, Object>> rows) {

  public record Column(String key, String label) {
  }

  public static Builder named(String id, String title) {
    return new Builder(id, title);
  }

  /** Declares columns, then adds rows whose values come in the columns' order. */
  public static final class Builder {

    private final String id;
    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    public Builder column(String key, String label) {
      columns.add(new Column(key, label));
      return this;
    }

    public Builder row(Object... values) {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException("Table " + id + ": " + values.length + " values for " + columns.size()
            + " columns");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        row.put(columns.get(i).key(), values[i]);
      }
      rows.add(row);
      return this;
    }

    public ReportTable build() {
      return new ReportTable(id, title, List.copyOf(columns), List.copyOf(rows));
    }
  }
}
