package fr.logementaccompagne.referenceimport;

import fr.logementaccompagne.contract.VacancyDepartures.Departure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of the landlord's data that administrators import and export as CSV: its columns, its natural key, and
 * the rules a change must respect. Rows are read and written with plain SQL on the columns declared; a table adds
 * its own checks (what breaks a row in use) and side writes by overriding the hooks.
 */
public abstract class ReferenceTable {

  protected final JdbcClient jdbc;
  private final String name;
  private final String sqlTable;
  private final String frenchName;
  private final List<Column> columns;
  private final List<String> keyColumns;

  protected ReferenceTable(JdbcClient jdbc, String name, String sqlTable, String frenchName, List<Column> columns,
                           List<String> keyColumns) {
    this.jdbc = jdbc;
    this.name = name;
    this.sqlTable = sqlTable;
    this.frenchName = frenchName;
    this.columns = columns;
    this.keyColumns = keyColumns;
  }

  /** The name in the route, e.g. {@code dwellings}. */
  public String name() {
    return name;
  }

  /** How a row is named to the user in a refusal, e.g. "logement". */
  public String frenchName() {
    return frenchName;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> keyColumns() {
    return keyColumns;
  }

  public Optional<Column> column(String key) {
    return columns.stream().filter(column -> column.key().equals(key)).findFirst();
  }

  /** The current rows, in key order, each as column key to typed value. */
  public List<Map<String, Object>> rows() {
    return jdbc.sql(selectInKeyOrder()).query((resultSet, rowNumber) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      for (Column column : columns) {
        row.put(column.key(), column.fromDatabase(resultSet.getObject(resultColumn(column))));
      }
      return row;
    }).list();
  }

  /** The query of {@link #rows()}: one result column per column, named as {@link #resultColumn(Column)}. */
  protected String selectInKeyOrder() {
    String select = stored().map(Column::dbColumn).collect(Collectors.joining(", "));
    String order = keyColumns.stream().map(key -> column(key).orElseThrow().dbColumn())
        .collect(Collectors.joining(", "));
    return "SELECT " + select + " FROM " + sqlTable + " ORDER BY " + order;
  }

  protected String resultColumn(Column column) {
    return column.dbColumn();
  }

  private java.util.stream.Stream<Column> stored() {
    return columns.stream().filter(Column::isStored);
  }

  /** The natural key of a row as one string, e.g. {@code LILLE|1|2025-01-01}. */
  public String keyOf(Map<String, Object> row) {
    return keyColumns.stream().map(key -> String.valueOf(row.get(key))).collect(Collectors.joining("|"));
  }

  /** How the row is named in a message: its key values. */
  public String describe(Map<String, Object> row) {
    return frenchName + " " + keyColumns.stream().map(key -> column(key).orElseThrow().format(row.get(key)))
        .collect(Collectors.joining(" / "));
  }

  /**
   * Why changing {@code current} into {@code changed} would break a row in use (an open contract, orders...),
   * or empty. Called for every changed row before anything is written.
   */
  protected Optional<String> breaksRowInUse(Map<String, Object> current, Map<String, Object> changed) {
    return Optional.empty();
  }

  /** Values a new row takes for the columns its line leaves empty or the file does not have. */
  protected Map<String, Object> creationDefaults() {
    return Map.of();
  }

  /** Rules across columns of one line (e.g. a period's end after its start); empty when none is broken. */
  protected Map<String, String> lineErrors(Map<String, Object> row) {
    return Map.of();
  }

  /** Writes that go with a row (e.g. the provider named by a market), before the row itself. */
  protected void beforeWrite(Map<String, Object> row) {
  }

  /**
   * What an update means beyond its row, once written (a dwelling reported vacant under an open contract: its
   * household has left); in the import's transaction.
   */
  protected List<Departure> afterUpdate(Map<String, Object> current, Map<String, Object> updated) {
    return List.of();
  }

  /** Creates the rows, in JDBC batches (a whole dwelling stock is one file). */
  void insertAll(NamedParameterJdbcTemplate batch, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    rows.forEach(this::beforeWrite);
    String names = stored().map(Column::dbColumn).collect(Collectors.joining(", "));
    String values = stored().map(column -> ":" + column.key()).collect(Collectors.joining(", "));
    batch.batchUpdate("INSERT INTO " + sqlTable + " (" + names + ") VALUES (" + values + ")", parameters(rows));
  }

  /** Updates the rows by their key, in JDBC batches. */
  void updateAll(NamedParameterJdbcTemplate batch, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    rows.forEach(this::beforeWrite);
    String set = stored().filter(column -> !keyColumns.contains(column.key()))
        .map(column -> column.dbColumn() + " = :" + column.key()).collect(Collectors.joining(", "));
    String where = keyColumns.stream().map(key -> column(key).orElseThrow().dbColumn() + " = :" + key)
        .collect(Collectors.joining(" AND "));
    batch.batchUpdate("UPDATE " + sqlTable + " SET " + set + " WHERE " + where, parameters(rows));
  }

  private SqlParameterSource[] parameters(List<Map<String, Object>> rows) {
    return rows.stream().map(row -> {
      MapSqlParameterSource parameters = new MapSqlParameterSource();
      stored().forEach(column -> parameters.addValue(column.key(), row.get(column.key())));
      return parameters;
    }).toArray(SqlParameterSource[]::new);
  }
}
