package fr.logementaccompagne.engine.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.logementaccompagne.pathway.StartRule;
import fr.logementaccompagne.process.CaseVariables;
import fr.logementaccompagne.process.Groups;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * A start form offers a person only the choices its {@link StartRule} would accept: a partner's caseworker refers
 * for their own association, an agency raises alerts for its own territory. The deployed form keeps every value
 * (administrators and the other roles see them all); the copy served to the person is narrowed, and the single
 * remaining value is preselected.
 */
class StartFormChoices {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Form field key to the prefix of the groups whose members may only choose their own code. */
  private static final Map<String, String> OWN_CODE_FIELDS = Map.of(CaseVariables.PARTNER_CODE,
      Groups.PARTNER_PREFIX, CaseVariables.TERRITORY_CODE, Groups.AGENCY_PREFIX);

  private final ProcessEngineConfigurationImpl configuration;

  StartFormChoices(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  InputStream narrow(InputStream form) {
    var caller = Caller.ofOuterCall(configuration).filter(person -> !person.isAdministrator());
    if (caller.isEmpty() || form == null) {
      return form;
    }
    try (form) {
      JsonNode tree = JSON.readTree(form);
      narrow(tree.path("components"), caller.get());
      return new ByteArrayInputStream(JSON.writeValueAsBytes(tree));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable deployed start form", e);
    }
  }

  private static void narrow(JsonNode components, Caller caller) {
    for (JsonNode component : components) {
      String prefix = OWN_CODE_FIELDS.get(component.path("key").asText(""));
      if (prefix != null && component.path("values").isArray() && component instanceof ObjectNode field) {
        Set<String> own = caller.groupIds().stream().filter(group -> group.startsWith(prefix))
            .map(group -> group.substring(prefix.length())).collect(Collectors.toSet());
        if (!own.isEmpty()) {
          ArrayNode kept = JSON.createArrayNode();
          component.path("values").forEach(value -> {
            if (own.contains(value.path("value").asText())) {
              kept.add(value);
            }
          });
          field.set("values", kept);
          if (kept.size() == 1) {
            field.set("defaultValue", kept.get(0).path("value"));
          }
        }
      }
      narrow(component.path("components"), caller);
    }
  }
}
