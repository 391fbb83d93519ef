package fr.logementaccompagne.engine.variables;

import fr.logementaccompagne.process.ProcessVariable;
import fr.logementaccompagne.process.ProcessVariables;
import fr.logementaccompagne.process.VariableConversionException;
import fr.logementaccompagne.process.VariableSource;
import fr.logementaccompagne.refusal.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The engine's side of {@link ProcessVariable}: the only place that knows a list is kept as a JSON array (what
 * Camunda Forms' checklists send and FEEL reads) and that a person's values may arrive as JSON or typed values.
 * Reading goes through {@link ProcessVariable#read} (strict), writing through {@link ProcessVariable#store};
 * {@link #convertSent} is the one conversion of what a person sent, used by the start door and the task outputs.
 */
public final class TypedVariables {

  private TypedVariables() {
  }

  public static <T> T get(VariableScope scope, ProcessVariable<T> variable) {
    return variable.read(plain(scope.getVariable(variable.name())));
  }

  /** The variables of a scope as the process API reads them. */
  public static VariableSource source(VariableScope scope) {
    return new VariableSource() {
      @Override
      public <T> T get(ProcessVariable<T> variable) {
        return TypedVariables.get(scope, variable);
      }
    };
  }

  public static <T> void set(VariableScope scope, ProcessVariable<T> variable, T value) {
    scope.setVariable(variable.name(), engineValue(variable.store(value)));
  }

  /** The engine's value of a stored plain value: a list becomes a JSON array, anything else is kept. */
  public static Object engineValue(Object stored) {
    if (stored instanceof Collection<?> list) {
      SpinJsonNode array = Spin.JSON("[]");
      list.forEach(item -> array.append(item instanceof Map<?, ?> object ? jsonObject(object) : item));
      return array;
    }
    return stored;
  }

  /** Plain values the system wrote ({@code Referral.toVariables()}...) as the engine keeps them. */
  public static Map<String, Object> engineValues(Map<String, Object> stored) {
    Map<String, Object> values = new LinkedHashMap<>();
    stored.forEach((name, value) -> values.put(name, engineValue(value)));
    return values;
  }

  /**
   * Converts, in place, the variables a person sent that the process APIs type, refusing them all at once in
   * French (HTTP 400 through the boundary) when one is not of its kind. Variables of no process API are left to
   * the callers' own checks (the task's form fields, the start rule).
   */
  public static void convertSent(VariableScope scope, Collection<String> names) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (String name : names) {
      ProcessVariables.named(name).ifPresent(variable -> {
        try {
          Object converted = convertSent(variable, readSent(scope, name));
          scope.setVariable(name, converted);
        } catch (VariableConversionException e) {
          errors.put(name, e.getMessage());
        }
      });
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  /** One value a person sent, as the engine must keep it. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Object convertSent(ProcessVariable<?> variable, Object sent) {
    ProcessVariable raw = variable;
    return engineValue(raw.store(raw.convert(javaValue(sent))));
  }

  private static Object readSent(VariableScope scope, String name) {
    try {
      return scope.getVariableTyped(name, false);
    } catch (ProcessEngineException unreadable) {
      throw new VariableConversionException("valeur illisible");
    }
  }

  /** A value as sent (typed value, JSON from a form, Java value) as plain Java: text, number, boolean, list. */
  private static Object javaValue(Object sent) {
    Object value = sent;
    if (sent instanceof SerializableValue serialized) {
      if (!"application/json".equals(serialized.getSerializationDataFormat())) {
        // a serialized Java object is never a person's value: refused without being deserialized
        throw new VariableConversionException("valeur simple attendue");
      }
      value = serialized.isDeserialized() ? serialized.getValue() : parsed(serialized.getValueSerialized());
    } else if (sent instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value instanceof SpinJsonNode json) {
      return json(json);
    }
    if (value instanceof String text && text.startsWith("[")) {
      // a list sent as JSON text (engine REST, a start form's hidden field)
      return json(parsed(text));
    }
    return value;
  }

  private static SpinJsonNode parsed(String json) {
    try {
      return Spin.JSON(json);
    } catch (RuntimeException notJson) {
      throw new VariableConversionException("JSON illisible");
    }
  }

  /** A stored value as the process API reads it: JSON arrays and objects as Java lists and maps. */
  private static Object plain(Object value) {
    return value instanceof SpinJsonNode json && (json.isArray() || json.isObject()) ? json(json) : value;
  }

  private static Object json(SpinJsonNode json) {
    if (json.isArray()) {
      List<Object> items = new ArrayList<>();
      json.elements().forEach(element -> items.add(json(element)));
      return items;
    }
    if (json.isObject()) {
      Map<String, Object> object = new LinkedHashMap<>();
      json.fieldNames().forEach(field -> object.put(field, json(json.prop(field))));
      return object;
    }
    return json.isNull() ? null : json.isString() ? json.stringValue() : json.isBoolean() ? (Object) json.boolValue()
        : json.numberValue();
  }

  private static SpinJsonNode jsonObject(Map<?, ?> object) {
    SpinJsonNode node = Spin.JSON("{}");
    object.forEach((field, value) -> node.prop(String.valueOf(field), String.valueOf(value)));
    return node;
  }
}
