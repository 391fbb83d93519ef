package fr.logementaccompagne.engine.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a Camunda Form lets a person write: its editable fields, each with the kind of value it holds, and the
 * fields it only shows (read-only or disabled). The deployed form is the single source: an analyst who adds a field
 * in Modeler adds an output, nothing else to change.
 */
record FormOutputs(Map<String, FieldKind> editable, Set<String> shown) {

  static final FormOutputs NONE = new FormOutputs(Map.of(), Set.of());
  private static final ObjectMapper JSON = new ObjectMapper();

  enum FieldKind { TEXT, DATE, NUMBER, BOOLEAN, LIST }

  static FormOutputs parse(InputStream form) {
    try (form) {
      Map<String, FieldKind> editable = new LinkedHashMap<>();
      Set<String> shown = new LinkedHashSet<>();
      collect(JSON.readTree(form).path("components"), editable, shown);
      return new FormOutputs(Map.copyOf(editable), Set.copyOf(shown));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable deployed form", e);
    }
  }

  private static void collect(JsonNode components, Map<String, FieldKind> editable, Set<String> shown) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      FieldKind kind = kindOf(component.path("type").asText(""), component.path("values"));
      if (key != null && kind != null) {
        if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
          shown.add(key);
        } else {
          editable.put(key, kind);
        }
      }
      collect(component.path("components"), editable, shown);
    }
  }

  /** Null for components that hold no value (text, group, separator, button...). */
  private static FieldKind kindOf(String type, JsonNode choices) {
    return switch (type) {
      case "select", "radio" -> kindOfChoices(choices);
      case "textfield", "textarea" -> FieldKind.TEXT;
      case "datetime" -> FieldKind.DATE;
      case "number" -> FieldKind.NUMBER;
      case "checkbox" -> FieldKind.BOOLEAN;
      case "checklist", "taglist" -> FieldKind.LIST;
      default -> null;
    };
  }

  /** A choice list holds the type of its values: a scale of 0 to 3 is a number, a decision code a text. */
  private static FieldKind kindOfChoices(JsonNode choices) {
    boolean numbers = choices.size() > 0;
    boolean booleans = choices.size() > 0;
    for (JsonNode choice : choices) {
      numbers &= choice.path("value").isNumber();
      booleans &= choice.path("value").isBoolean();
    }
    return numbers ? FieldKind.NUMBER : booleans ? FieldKind.BOOLEAN : FieldKind.TEXT;
  }
}
