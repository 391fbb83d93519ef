package fr.logementaccompagne.referenceimport;

import fr.logementaccompagne.contract.VacancyDepartures.Departure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV file into a reference table, all or nothing: every line is checked first (each broken rule
 * listed with its line and column), then no row in use may be broken, then rows are created or updated by their
 * natural key. A row is never deleted; a column the file does not have keeps its stored value, so a partial file
 * (e.g. the nightly vacancy feed: reference, vacant, available-from) updates only its own columns.
 */
@Service
public class ReferenceImport {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  public ReferenceImport(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  private record Planned(int line, Map<String, Object> current, Map<String, Object> row) {
  }

  @Transactional
  public ImportResult importFile(ReferenceTable table, byte[] body, String importedBy) {
    CsvFile.Content content = CsvFile.read(body);
    List<ImportError> errors = new ArrayList<>();
    List<Column> columns = headerColumns(table, content.headers(), errors);
    if (!errors.isEmpty()) {
      throw new ImportRefusedException(errors);
    }
    Map<String, Map<String, Object>> current = new HashMap<>();
    for (Map<String, Object> row : table.rows()) {
      current.put(table.keyOf(row), row);
    }
    Map<String, Set<String>> knownCodes = new HashMap<>();
    Map<String, Integer> lineOfKey = new HashMap<>();
    List<Planned> planned = new ArrayList<>();
    for (CsvFile.Line line : content.lines()) {
      plan(table, content.headers(), columns, line, current, knownCodes, lineOfKey, errors).ifPresent(planned::add);
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(ImportError::line));
      throw new ImportRefusedException(errors);
    }
    List<String> conflicts = planned.stream()
        .filter(plan -> plan.current() != null && !plan.current().equals(plan.row()))
        .flatMap(plan -> table.breaksRowInUse(plan.current(), plan.row())
            .map(why -> "ligne %d, %s : %s".formatted(plan.line(), table.describe(plan.row()), why)).stream())
        .toList();
    if (!conflicts.isEmpty()) {
      throw new RowInUseException(conflicts);
    }
    List<Map<String, Object>> created = planned.stream().filter(plan -> plan.current() == null)
        .map(Planned::row).toList();
    List<Map<String, Object>> updated = planned.stream()
        .filter(plan -> plan.current() != null && !plan.current().equals(plan.row())).map(Planned::row).toList();
    int unchanged = planned.size() - created.size() - updated.size();
    table.insertAll(batch, created);
    table.updateAll(batch, updated);
    List<Departure> departures = planned.stream()
        .filter(plan -> plan.current() != null && !plan.current().equals(plan.row()))
        .flatMap(plan -> table.afterUpdate(plan.current(), plan.row()).stream()).toList();
    jdbc.sql("""
            INSERT INTO reference_import_audit (imported_by, table_name, created_count, updated_count, unchanged_count)
            VALUES (:by, :table, :created, :updated, :unchanged)""")
        .param("by", importedBy).param("table", table.name()).param("created", created.size())
        .param("updated", updated.size()).param("unchanged", unchanged).update();
    return new ImportResult(created.size(), updated.size(), unchanged, departures);
  }

  /** The column of each header, in order; unknown, repeated or missing key headers are errors of line 1. */
  private static List<Column> headerColumns(ReferenceTable table, List<String> headers, List<ImportError> errors) {
    List<Column> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String header : headers) {
      Optional<Column> column = table.columns().stream().filter(candidate -> candidate.matches(header)).findFirst();
      if (column.isEmpty()) {
        errors.add(new ImportError(1, header, "colonne inconnue ; colonnes possibles : " + table.columns().stream()
            .map(Column::frenchHeader).collect(Collectors.joining(", "))));
      } else if (!seen.add(column.get().key())) {
        errors.add(new ImportError(1, header, "colonne en double"));
      }
      columns.add(column.orElse(null));
    }
    for (String key : table.keyColumns()) {
      if (!seen.contains(key)) {
        errors.add(new ImportError(1, table.column(key).orElseThrow().frenchHeader(), "colonne obligatoire absente"));
      }
    }
    return columns;
  }

  private Optional<Planned> plan(ReferenceTable table, List<String> headers, List<Column> columns,
                                 CsvFile.Line line, Map<String, Map<String, Object>> current,
                                 Map<String, Set<String>> knownCodes, Map<String, Integer> lineOfKey,
                                 List<ImportError> errors) {
    int before = errors.size();
    if (line.cells().size() != headers.size()) {
      errors.add(new ImportError(line.number(), "", "%d colonnes attendues, %d trouvées"
          .formatted(headers.size(), line.cells().size())));
      return Optional.empty();
    }
    Map<String, Object> given = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      Column.Cell cell = columns.get(i).parse(line.cells().get(i));
      if (cell.error() != null) {
        errors.add(new ImportError(line.number(), headers.get(i), cell.error()));
      }
      given.put(columns.get(i).key(), cell.value());
    }
    for (String key : table.keyColumns()) {
      if (given.get(key) == null && errors.size() == before) {
        errors.add(new ImportError(line.number(), header(table, headers, columns, key), "obligatoire"));
      }
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    String key = table.keyOf(given);
    Integer firstLine = lineOfKey.putIfAbsent(key, line.number());
    if (firstLine != null) {
      errors.add(new ImportError(line.number(), header(table, headers, columns, table.keyColumns().get(0)),
          "en double avec la ligne " + firstLine));
      return Optional.empty();
    }
    Map<String, Object> existing = current.get(key);
    Map<String, Object> row = new LinkedHashMap<>();
    for (Column column : table.columns()) {
      boolean inFile = given.containsKey(column.key());
      Object value = inFile ? given.get(column.key()) : existing != null ? existing.get(column.key()) : null;
      if (value == null && existing == null) {
        value = table.creationDefaults().get(column.key());
      }
      row.put(column.key(), value);
    }
    for (Column column : table.columns()) {
      String header = header(table, headers, columns, column.key());
      Object value = row.get(column.key());
      if (column.isRequired() && value == null) {
        errors.add(new ImportError(line.number(), header, existing == null && !given.containsKey(column.key())
            ? "colonne obligatoire pour créer : " + table.describe(row) + " n'existe pas encore" : "obligatoire"));
      } else if (column.referencedTable() != null && value != null
          && !knownCodes.computeIfAbsent(column.referencedTable(), this::codesOf).contains(value.toString())) {
        errors.add(new ImportError(line.number(), header, "code inconnu : " + value));
      }
    }
    table.lineErrors(row).forEach((column, rule) ->
        errors.add(new ImportError(line.number(), header(table, headers, columns, column), rule)));
    return errors.size() > before ? Optional.empty() : Optional.of(new Planned(line.number(), existing, row));
  }

  /** The header as the file wrote it, or the French header of a column the file does not have. */
  private static String header(ReferenceTable table, List<String> headers, List<Column> columns, String key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) != null && columns.get(i).key().equals(key)) {
        return headers.get(i);
      }
    }
    return table.column(key).map(Column::frenchHeader).orElse(key);
  }

  private Set<String> codesOf(String sqlTable) {
    return new HashSet<>(jdbc.sql("SELECT code FROM " + sqlTable).query(String.class).list());
  }

  /** True once the table has been imported (it has an audit line). */
  public boolean hasImported(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM reference_import_audit WHERE table_name = :table")
        .param("table", table).query(Integer.class).single() > 0;
  }
}
