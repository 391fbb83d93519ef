package fr.logementaccompagne.engine.workflow;

import fr.logementaccompagne.refusal.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks that the variables a person sent to open a case are of their field's kind before {@link VariableValues}
 * reads them: its readings are lenient for the project's own values (text for a boolean reads as false, a word for
 * a number fails late), which is right for values already checked, wrong for what a caller sent. A value of the
 * wrong kind is refused naming its field, like the intake API does, instead of being read as something else.
 */
public final class VariableKinds {

  public enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, CODES }

  private static final Set<String> BOOLEANS = Set.of("true", "false");

  private VariableKinds() {
  }

  public static void require(VariableScope variables, Map<String, Kind> kinds) {
    Map<String, String> errors = new LinkedHashMap<>();
    kinds.forEach((name, kind) -> {
      Object value;
      try {
        value = variables.getVariable(name);
      } catch (ProcessEngineException unreadable) {
        errors.put(name, "valeur illisible");
        return;
      }
      if (value != null && !fits(scalar(value), kind)) {
        errors.put(name, switch (kind) {
          case TEXT -> "texte attendu";
          case INTEGER -> "nombre entier attendu";
          case DECIMAL -> "montant numérique attendu";
          case BOOLEAN -> "vrai ou faux attendu";
          case CODES -> "liste de codes attendue";
        });
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  /** A JSON scalar (Tasklist's forms send some values as JSON) as the Java value it stands for. */
  private static Object scalar(Object value) {
    if (value instanceof SpinJsonNode json && !json.isArray() && !json.isObject()) {
      return json.isString() ? json.stringValue() : json.isBoolean() ? (Object) json.boolValue()
          : json.isNumber() ? json.numberValue() : null;
    }
    return value;
  }

  private static boolean fits(Object value, Kind kind) {
    return switch (kind) {
      case TEXT -> value == null || value instanceof String;
      case INTEGER -> value == null || integral(value);
      case DECIMAL -> value == null || decimal(value) != null;
      case BOOLEAN -> value == null || value instanceof Boolean
          || value instanceof String text && BOOLEANS.contains(text.trim().toLowerCase());
      case CODES -> codes(value);
    };
  }

  private static boolean integral(Object value) {
    if (value instanceof String text && text.isBlank()) {
      return true;
    }
    BigDecimal decimal = decimal(value);
    try {
      return decimal != null && decimal.intValueExact() == decimal.intValue();
    } catch (ArithmeticException notAnInt) {
      return false;
    }
  }

  private static BigDecimal decimal(Object value) {
    try {
      if (value instanceof Double || value instanceof Float) {
        double number = ((Number) value).doubleValue();
        return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
      }
      if (value instanceof Number number) {
        return new BigDecimal(number.toString());
      }
      if (value instanceof String text) {
        return text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.trim());
      }
    } catch (NumberFormatException notANumber) {
      return null;
    }
    return null;
  }

  private static boolean codes(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Collection<?> items) {
      return items.stream().allMatch(String.class::isInstance);
    }
    if (value instanceof SpinJsonNode json) {
      return json.isString() || json.isArray() && json.elements().stream().allMatch(SpinJsonNode::isString);
    }
    if (value instanceof String text) {
      if (!text.trim().startsWith("[")) {
        return true;
      }
      try {
        return codes(Spin.JSON(text.trim()));
      } catch (RuntimeException notJson) {
        return false;
      }
    }
    return false;
  }
}
