package fr.logementaccompagne.engine.workflow;

import fr.logementaccompagne.process.CaseVariables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads process variables whatever way they arrived: Java values from the project's API, numbers as Long and
 * lists as JSON from Camunda Forms in Tasklist, strings from {@code /engine-rest}. Lists of codes have one
 * canonical type in the process, a JSON array ({@link #jsonList}): the registration step writes the start's list
 * back as JSON whatever form it came in (docs/process-contract.md).
 */
public final class VariableValues {

  private VariableValues() {
  }

  /**
   * An amount in euros as a case variable: a Double, which Cockpit shows as a number (a BigDecimal is stored as a
   * serialized object, shown as {@code java.math.BigDecimal}). Exact amounts live in the domain store; this copy
   * is for reading and routing, and {@link #decimal} reads it back.
   */
  public static Double amount(BigDecimal eur) {
    return CaseVariables.amount(eur);
  }

  public static String string(Object value) {
    if (value == null) {
      return null;
    }
    String text = value instanceof SpinJsonNode json && json.isString() ? json.stringValue() : value.toString();
    // blank is absent; otherwise the value exactly as sent, like DecisionGuardListener reads a decision: a code
    // with spaces is refused by its rule, never quietly read as another code than the variable holds
    return text.isBlank() ? null : text;
  }

  public static Integer integer(Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Number number) {
      return number.intValue();
    }
    return new BigDecimal(value.toString().trim()).intValueExact();
  }

  public static BigDecimal decimal(Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().trim());
  }

  public static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && Boolean.parseBoolean(value.toString().trim());
  }

  /** A list of codes from a Java collection, a JSON array, or a comma-separated string. */
  public static List<String> stringList(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof SpinJsonNode json) {
      if (json.isArray()) {
        json.elements().forEach(element -> codes.add(element.isString() ? element.stringValue() : element.toString()));
      } else if (json.isString()) {
        return stringList(json.stringValue());
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(element -> codes.add(String.valueOf(element)));
    } else if (value instanceof String text && !text.isBlank()) {
      String trimmed = text.trim();
      if (trimmed.startsWith("[")) {
        return stringList(Spin.JSON(trimmed));
      }
      for (String part : trimmed.split(",")) {
        codes.add(part.trim());
      }
    }
    return codes.stream().map(String::trim).filter(code -> !code.isEmpty()).distinct().toList();
  }

  /** A list of codes as a JSON array variable, which Camunda Forms and FEEL both read as a list. */
  public static SpinJsonNode jsonList(Collection<String> codes) {
    SpinJsonNode array = Spin.JSON("[]");
    codes.forEach(array::append);
    return array;
  }
}
