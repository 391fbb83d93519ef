package fr.logementaccompagne.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One process variable with its one canonical type (docs/process-contract.md, ADR 33): the Java type code works
 * with, and the plain value the engine stores for it. Three ways in and out, each with one job:
 * <ul>
 *   <li>{@link #convert}: what a person sent (start form, task form, {@code /engine-rest}, the project's API) to
 *   the Java type, once, at the boundary; anything that is not the variable's kind is refused in French;</li>
 *   <li>{@link #read}: a stored value back to the Java type, strictly: a value that is not of the stored type is a
 *   fault of the code or the model that wrote it, never quietly parsed;</li>
 *   <li>{@link #store}: the Java value to what the engine keeps, chosen for Cockpit (an amount is a Double, a date
 *   the ISO text the forms read back, a list of codes a list, which the engine adapter keeps as a JSON array: no
 *   Java class name and no serialized object ever shows in Cockpit).</li>
 * </ul>
 * The idea is camunda-bpm-data's {@code VariableFactory}, written for this project without the dependency and
 * without the engine: the engine adapter ({@code engine.variables.TypedVariables}) only maps JSON to lists.
 */
public final class ProcessVariable<T> {

  /** How a kind of variable converts, reads and stores. */
  private record Kind<T>(Class<?> javaType, Function<Object, T> convert, Function<Object, T> read,
                         Function<T, Object> store) {
  }

  private final String name;
  private final Kind<T> kind;

  private ProcessVariable(String name, Kind<T> kind) {
    this.name = Objects.requireNonNull(name);
    this.kind = kind;
  }

  public String name() {
    return name;
  }

  /** The Java type code reads (for a list, {@code List}). */
  public Class<?> javaType() {
    return kind.javaType();
  }

  /**
   * A person's value as the variable's Java type: null and blank text are absent (null); anything else must be of
   * the variable's kind, exactly as sent (no trimming: a code with a space is not another code).
   *
   * @throws VariableConversionException in French, naming nothing but the expected kind
   */
  public T convert(Object sent) {
    if (sent == null || sent instanceof String text && text.isBlank()) {
      return null;
    }
    return kind.convert().apply(sent);
  }

  /**
   * A stored value as the variable's Java type; null is absent.
   *
   * @throws IllegalStateException when the stored value is not of the variable's stored type: the writer is wrong
   */
  public T read(Object stored) {
    if (stored == null) {
      return null;
    }
    try {
      return kind.read().apply(stored);
    } catch (RuntimeException notCanonical) {
      throw new IllegalStateException("Variable %s holds %s, not its canonical %s".formatted(name,
          stored.getClass().getSimpleName(), kind.javaType().getSimpleName()), notCanonical);
    }
  }

  /** The value the engine keeps: String, Integer, Long, Double, Boolean, or a list of those (or of maps). */
  public Object store(T value) {
    return value == null ? null : kind.store().apply(value);
  }

  /** Puts the stored value under the variable's name: how code outside the engine builds start variables. */
  public void putInto(Map<String, Object> variables, T value) {
    variables.put(name, store(value));
  }

  @Override
  public String toString() {
    return name + ": " + kind.javaType().getSimpleName();
  }

  // ---- the kinds ----------------------------------------------------------------------------------------------

  /** A code, a reference or a free text. */
  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, new Kind<>(String.class,
        sent -> sent instanceof String text ? text : refuse("texte attendu"),
        stored -> (String) stored, value -> value));
  }

  /** A count or a size; forms send numbers as Long, the engine keeps an Integer. */
  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, new Kind<>(Integer.class,
        sent -> integral(number(sent, "nombre entier attendu"), "nombre entier attendu"),
        // the model's own expressions (${1}) and decision tables write Long: a whole number of any width is read
        stored -> Math.toIntExact(requireWhole((Number) stored)), value -> value));
  }

  /** A database identifier the process keeps to find its rows again. */
  public static ProcessVariable<Long> identifier(String name) {
    return new ProcessVariable<>(name, new Kind<>(Long.class,
        sent -> whole(number(sent, "identifiant numérique attendu"), "identifiant numérique attendu"),
        stored -> requireWhole((Number) stored), value -> value));
  }

  /**
   * An amount in euros: BigDecimal in code, a Double in the engine, which Cockpit shows as a number (a BigDecimal
   * would be a serialized Java object). Exact amounts live in the domain store (ADR 20).
   */
  public static ProcessVariable<BigDecimal> amount(String name) {
    return new ProcessVariable<>(name, new Kind<>(BigDecimal.class,
        sent -> number(sent, "montant attendu"),
        stored -> stored instanceof BigDecimal decimal ? decimal : new BigDecimal(((Number) stored).toString()),
        BigDecimal::doubleValue));
  }

  /** A yes/no; text is accepted only as {@code true} or {@code false}, as {@code /engine-rest} may send it. */
  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, new Kind<>(Boolean.class,
        sent -> sent instanceof Boolean flag ? flag
            : "true".equals(sent) ? Boolean.TRUE
            : "false".equals(sent) ? Boolean.FALSE : refuse("vrai ou faux attendu"),
        stored -> (Boolean) stored, value -> value));
  }

  /**
   * A day: LocalDate in code, the ISO text {@code yyyy-mm-dd} in the engine, which is what a form's date field
   * sends and reads back (it shows it as dd/mm/yyyy). A form may send a date-time; its day is kept.
   */
  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, new Kind<>(LocalDate.class,
        ProcessVariable::day, stored -> LocalDate.parse((String) stored), LocalDate::toString));
  }

  /** A decision or an outcome: the enum in code, its name in the engine (the gateways compare names). */
  public static <E extends Enum<E>> ProcessVariable<E> decision(String name, Class<E> values) {
    return new ProcessVariable<>(name, new Kind<>(values,
        sent -> sent instanceof String text ? constant(values, text)
            : refuse("valeur attendue parmi " + names(values)),
        stored -> Enum.valueOf(values, (String) stored), Enum::name));
  }

  /** A list of codes: a list in code, a JSON array in the engine (what checklists send and FEEL reads). */
  public static ProcessVariable<List<String>> codes(String name) {
    return new ProcessVariable<>(name, new Kind<>(List.class,
        ProcessVariable::codeList,
        stored -> ((List<?>) stored).stream().map(String.class::cast).toList(), List::copyOf));
  }

  /** The choices a form's select offers: label and value, a JSON array of objects in the engine. */
  public static ProcessVariable<List<Choice>> choices(String name) {
    return new ProcessVariable<>(name, new Kind<>(List.class,
        sent -> refuse("liste calculée par le processus, non modifiable"),
        stored -> ((List<?>) stored).stream().map(Map.class::cast)
            .map(choice -> new Choice((String) choice.get("label"), (String) choice.get("value"))).toList(),
        choices -> choices.stream().map(choice -> Map.of("label", choice.label(), "value", choice.value()))
            .toList()));
  }

  /** One choice of a form's select. */
  public record Choice(String label, String value) {
  }

  // ---- conversions --------------------------------------------------------------------------------------------

  private static <T> T refuse(String message) {
    throw new VariableConversionException(message);
  }

  /** A number as sent: a Java number, or text that is exactly a number (as {@code /engine-rest} may send it). */
  private static BigDecimal number(Object sent, String expected) {
    try {
      if (sent instanceof Double || sent instanceof Float) {
        double value = ((Number) sent).doubleValue();
        return Double.isFinite(value) ? BigDecimal.valueOf(value) : refuse(expected);
      }
      if (sent instanceof Number || sent instanceof String) {
        return new BigDecimal(sent.toString());
      }
    } catch (NumberFormatException notANumber) {
      return refuse(expected);
    }
    return refuse(expected);
  }

  private static Integer integral(BigDecimal number, String expected) {
    try {
      return number.intValueExact();
    } catch (ArithmeticException notAWholeNumber) {
      return refuse(expected);
    }
  }

  private static Long whole(BigDecimal number, String expected) {
    try {
      return number.longValueExact();
    } catch (ArithmeticException notAWholeNumber) {
      return refuse(expected);
    }
  }

  private static long requireWhole(Number stored) {
    if (stored instanceof Double || stored instanceof Float || stored instanceof BigDecimal) {
      return new BigDecimal(stored.toString()).longValueExact();
    }
    return stored.longValue();
  }

  private static LocalDate day(Object sent) {
    if (sent instanceof LocalDate date) {
      return date;
    }
    if (sent instanceof String text) {
      try {
        // a form's date field sends yyyy-mm-dd; /engine-rest may send a date-time, whose day is kept
        return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
      } catch (DateTimeParseException notADate) {
        return refuse("date attendue (aaaa-mm-jj)");
      }
    }
    return refuse("date attendue (aaaa-mm-jj)");
  }

  private static <E extends Enum<E>> E constant(Class<E> values, String text) {
    return Arrays.stream(values.getEnumConstants()).filter(value -> value.name().equals(text)).findFirst()
        .orElseGet(() -> refuse("valeur attendue parmi " + names(values)));
  }

  private static String names(Class<? extends Enum<?>> values) {
    return Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * A list of codes as sent: a list of texts, or one text of codes separated by commas (a start form's text field
   * or {@code /engine-rest}). Blank entries are dropped, repeated codes kept once, each code exactly as sent.
   */
  private static List<String> codeList(Object sent) {
    Collection<?> items;
    if (sent instanceof Collection<?> list) {
      items = list;
    } else if (sent instanceof String text) {
      items = Arrays.asList(text.split(","));
    } else {
      return refuse("liste de codes attendue");
    }
    List<String> codes = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String code)) {
        return refuse("liste de codes attendue");
      }
      // "A, B" from a text field: the space after a comma separates, it is not part of the code
      String separated = sent instanceof String ? code.strip() : code;
      if (!separated.isBlank() && !codes.contains(separated)) {
        codes.add(separated);
      }
    }
    return List.copyOf(codes);
  }
}
