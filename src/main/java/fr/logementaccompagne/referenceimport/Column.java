package fr.logementaccompagne.referenceimport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One column of an importable table: its English and French headers (both accepted, whatever the case, accents,
 * spaces or punctuation), how a cell is read and checked, and how a value is written back to a CSV file. Values
 * are typed: String, Integer, BigDecimal, Boolean or LocalDate.
 */
public final class Column {

  /** French dates in files and exports; ISO dates are accepted too. */
  static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
  private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
  private static final Set<String> TRUE = Set.of("oui", "o", "true", "vrai", "1", "yes", "y");
  private static final Set<String> FALSE = Set.of("non", "n", "false", "faux", "0", "no");

  enum Type { CODE, REFERENCE, TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, ONE_OF }

  private final String key;
  private final String frenchHeader;
  private final Type type;
  private final String dbColumn;
  private final boolean required;
  private final int maxLength;
  private final BigDecimal min;
  private final BigDecimal max;
  private final List<String> values;
  private final String referencedTable;

  private Column(String key, String frenchHeader, Type type, String dbColumn, boolean required, int maxLength,
                 BigDecimal min, BigDecimal max, List<String> values, String referencedTable) {
    this.key = key;
    this.frenchHeader = frenchHeader;
    this.type = type;
    this.dbColumn = dbColumn;
    this.required = required;
    this.maxLength = maxLength;
    this.min = min;
    this.max = max;
    this.values = values;
    this.referencedTable = referencedTable;
  }

  private static Column of(String key, String frenchHeader, Type type) {
    return new Column(key, frenchHeader, type, snakeCase(key), false, 0, null, null, List.of(), null);
  }

  public static Column code(String key, String frenchHeader) {
    return of(key, frenchHeader, Type.CODE);
  }

  public static Column reference(String key, String frenchHeader) {
    return of(key, frenchHeader, Type.REFERENCE);
  }

  public static Column text(String key, String frenchHeader, int maxLength) {
    return new Column(key, frenchHeader, Type.TEXT, snakeCase(key), false, maxLength, null, null, List.of(), null);
  }

  public static Column integer(String key, String frenchHeader, long min, long max) {
    return new Column(key, frenchHeader, Type.INTEGER, snakeCase(key), false, 0, BigDecimal.valueOf(min),
        BigDecimal.valueOf(max), List.of(), null);
  }

  public static Column decimal(String key, String frenchHeader, long min, long max) {
    return new Column(key, frenchHeader, Type.DECIMAL, snakeCase(key), false, 0, BigDecimal.valueOf(min),
        BigDecimal.valueOf(max), List.of(), null);
  }

  public static Column bool(String key, String frenchHeader) {
    return of(key, frenchHeader, Type.BOOLEAN);
  }

  public static Column date(String key, String frenchHeader) {
    return of(key, frenchHeader, Type.DATE);
  }

  public static Column oneOf(String key, String frenchHeader, String... values) {
    return new Column(key, frenchHeader, Type.ONE_OF, snakeCase(key), false, 0, null, null, List.of(values), null);
  }

  /** Must be present and filled on every line that creates a row. */
  public Column required() {
    return new Column(key, frenchHeader, type, dbColumn, true, maxLength, min, max, values, referencedTable);
  }

  /** Stored under another column name than the key's snake case. */
  public Column stored(String dbColumn) {
    return new Column(key, frenchHeader, type, dbColumn, required, maxLength, min, max, values, referencedTable);
  }

  /** A code that must exist in that table's {@code code} column. */
  public Column references(String table) {
    return new Column(key, frenchHeader, type, dbColumn, required, maxLength, min, max, values, table);
  }

  /** Not a column of the table's own SQL table: the table reads and writes it itself. */
  public Column notStored() {
    return stored(null);
  }

  public boolean isStored() {
    return dbColumn != null;
  }

  public String key() {
    return key;
  }

  public String frenchHeader() {
    return frenchHeader;
  }

  public String dbColumn() {
    return dbColumn;
  }

  public boolean isRequired() {
    return required;
  }

  public String referencedTable() {
    return referencedTable;
  }

  /** Whether a header written by a person names this column (English key or French header). */
  boolean matches(String header) {
    String given = loose(header);
    return given.equals(loose(key)) || given.equals(loose(frenchHeader))
        || dbColumn != null && given.equals(loose(dbColumn));
  }

  /** The typed value of a cell, or the rule it breaks; an empty cell is null (the caller checks required). */
  Cell parse(String raw) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      return Cell.value(null);
    }
    return switch (type) {
      case CODE -> CODE.matcher(text).matches() ? Cell.value(text)
          : Cell.error("code attendu : majuscules, chiffres et _ (40 caractères au plus)");
      case REFERENCE -> REFERENCE.matcher(text).matches() ? Cell.value(text)
          : Cell.error("référence attendue : majuscules, chiffres, - et _ (40 caractères au plus)");
      case TEXT -> text.length() <= maxLength ? Cell.value(text)
          : Cell.error("%d caractères au plus".formatted(maxLength));
      case INTEGER -> number(text, true);
      case DECIMAL -> number(text, false);
      case BOOLEAN -> {
        String lower = text.toLowerCase(Locale.ROOT);
        yield TRUE.contains(lower) ? Cell.value(true) : FALSE.contains(lower) ? Cell.value(false)
            : Cell.error("oui ou non attendu");
      }
      case DATE -> date(text);
      case ONE_OF -> values.contains(text.toUpperCase(Locale.ROOT)) ? Cell.value(text.toUpperCase(Locale.ROOT))
          : Cell.error("une valeur parmi " + String.join(", ", values));
    };
  }

  private Cell number(String text, boolean whole) {
    String normalized = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
    BigDecimal number;
    try {
      number = new BigDecimal(normalized);
    } catch (NumberFormatException e) {
      return Cell.error(whole ? "nombre entier attendu" : "nombre attendu (ex. 412,50)");
    }
    if (whole && number.stripTrailingZeros().scale() > 0) {
      return Cell.error("nombre entier attendu");
    }
    if (!whole && number.stripTrailingZeros().scale() > 2) {
      return Cell.error("deux décimales au plus");
    }
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      return Cell.error("entre %s et %s".formatted(min.toPlainString(), max.toPlainString()));
    }
    return Cell.value(whole ? (Object) number.intValueExact() : number.setScale(2));
  }

  private static Cell date(String text) {
    try {
      return Cell.value(text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Cell.error("date attendue au format jj/mm/aaaa");
    }
  }

  /** A stored value as the same Java type a cell parses to, so that both compare. */
  Object fromDatabase(Object stored) {
    if (stored == null) {
      return null;
    }
    return switch (type) {
      case INTEGER -> ((Number) stored).intValue();
      case DECIMAL -> new BigDecimal(stored.toString()).setScale(2);
      case BOOLEAN -> stored instanceof Boolean b ? b : Boolean.valueOf(stored.toString());
      case DATE -> stored instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) stored;
      default -> stored.toString();
    };
  }

  /** How the value reads in a CSV export: French dates, decimal commas, oui/non. */
  String format(Object value) {
    if (value == null) {
      return "";
    }
    return switch (type) {
      case DECIMAL -> ((BigDecimal) value).toPlainString().replace('.', ',');
      case BOOLEAN -> (Boolean) value ? "oui" : "non";
      case DATE -> ((LocalDate) value).format(FRENCH_DATE);
      default -> value.toString();
    };
  }

  private static String loose(String header) {
    return Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static String snakeCase(String key) {
    return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** A parsed cell: its value or the rule it breaks. */
  record Cell(Object value, String error) {

    static Cell value(Object value) {
      return new Cell(value, null);
    }

    static Cell error(String rule) {
      return new Cell(null, rule);
    }
  }
}
