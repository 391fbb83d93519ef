package fr.logementaccompagne.engine.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.PatchVariablesDto;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.dto.message.CorrelationMessageDto;
import org.camunda.bpm.engine.rest.dto.runtime.StartProcessInstanceDto;
import org.camunda.bpm.engine.rest.dto.runtime.modification.ProcessInstanceModificationInstructionDto;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The bodies that carry variables (start, form submission, task completion, variable writes, messages) are checked
 * as they are read, before any engine call: present, every variable named, and every value one the engine can
 * convert and store. Camunda's REST API answers such bodies with a 500 (a null body or value, an empty type, a file
 * without a name, valueInfo of the wrong types, a null inside an untyped list); here they get a 400 naming the
 * variable. The conversion is Camunda's own, run once ahead, so a value accepted here is read the same way later.
 */
public class VariableBodyCheck implements ReaderInterceptor {

  private static final Set<Class<?>> BODIES = Set.of(CompleteTaskDto.class, StartProcessInstanceDto.class,
      PatchVariablesDto.class, VariableValueDto.class, CorrelationMessageDto.class);

  @Context
  private Providers providers;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object body = context.proceed();
    if (!BODIES.contains(context.getType())) {
      return body;
    }
    if (body == null) {
      throw refusal("Corps JSON absent : un objet JSON est attendu");
    }
    if (body instanceof CompleteTaskDto completion) {
      requireStorable(completion.getVariables(), false);
    } else if (body instanceof StartProcessInstanceDto start) {
      requireStorable(start.getVariables(), false);
      requireInstructions(start.getStartInstructions());
    } else if (body instanceof PatchVariablesDto patch) {
      requireStorable(patch.getModifications(), false);
      requireNames(patch.getDeletions());
    } else if (body instanceof VariableValueDto value) {
      requireStorable(null, value, false, false);
    } else if (body instanceof CorrelationMessageDto message) {
      requireStorable(message.getCorrelationKeys(), true);
      requireStorable(message.getLocalCorrelationKeys(), true);
      requireStorable(message.getProcessVariables(), false);
      requireStorable(message.getProcessVariablesLocal(), false);
      requireStorable(message.getProcessVariablesToTriggeredScope(), false);
    }
    return body;
  }

  private void requireInstructions(List<ProcessInstanceModificationInstructionDto> instructions) {
    if (instructions == null) {
      return;
    }
    for (ProcessInstanceModificationInstructionDto instruction : instructions) {
      if (instruction == null) {
        throw refusal("startInstructions : une instruction nulle n'est pas admise");
      }
      requireStorable(instruction.getVariables(), false);
    }
  }

  private static void requireNames(Collection<String> names) {
    if (names != null && names.stream().anyMatch(name -> name == null || name.isBlank())) {
      throw refusal("deletions : chaque nom de variable doit être une chaîne non vide");
    }
  }

  private void requireStorable(Map<String, ? extends VariableValueDto> variables, boolean correlationKey) {
    if (variables != null) {
      variables.forEach((name, value) -> requireStorable(name, value, correlationKey));
    }
  }

  /** The first rule a variable breaks, as a refusal naming it; an empty name for the body of a single value. */
  private void requireStorable(String name, VariableValueDto variable, boolean correlationKey) {
    requireStorable(name, variable, correlationKey, true);
  }

  private void requireStorable(String name, VariableValueDto variable, boolean correlationKey, boolean named) {
    if (named && (name == null || name.isBlank())) {
      throw refusal("Nom de variable vide : chaque variable doit être nommée");
    }
    String type = variable == null ? null : variable.getType();
    String problem = null;
    if (variable == null || type != null && type.isBlank()) {
      problem = "{\"value\": ..., \"type\": ...} attendu, type non vide";
    } else if ("xml".equalsIgnoreCase(type)) {
      problem = "le type Xml n'est pas pris en charge";
    } else if ("object".equalsIgnoreCase(type) && !jsonObject(variable.getValueInfo())) {
      problem = "un objet exige valueInfo.objectTypeName et valueInfo.serializationDataFormat "
          + "application/json (la sérialisation Java est interdite)";
    } else if (type == null && containsNull(variable.getValue())) {
      problem = "une liste ou un objet sans type ne peut pas contenir null";
    } else {
      problem = conversionProblem(variable, correlationKey);
    }
    if (problem != null) {
      throw refusal(named ? "Variable '%s' : %s".formatted(name, problem) : "Valeur de la variable : " + problem);
    }
  }

  private static boolean jsonObject(Map<String, Object> valueInfo) {
    Map<String, Object> info = Objects.requireNonNullElse(valueInfo, Map.of());
    return "application/json".equals(info.get("serializationDataFormat"))
        && info.get("objectTypeName") instanceof String typeName && !typeName.isBlank();
  }

  private static boolean containsNull(Object value) {
    if (value instanceof Collection<?> items) {
      return items.stream().anyMatch(item -> item == null || containsNull(item));
    }
    if (value instanceof Map<?, ?> entries) {
      return entries.values().stream().anyMatch(item -> item == null || containsNull(item));
    }
    return false;
  }

  /** Camunda's conversion of the value, run ahead; what it refuses (in any way) is the caller's error. */
  private String conversionProblem(VariableValueDto variable, boolean correlationKey) {
    TypedValue typed;
    try {
      typed = variable.toTypedValue(engine(), objectMapper());
    } catch (RuntimeException e) {
      String reason = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
      return "valeur illisible pour le type %s (%s)".formatted(Objects.requireNonNullElse(variable.getType(),
          "non précisé"), reason.length() > 200 ? reason.substring(0, 200) + "…" : reason);
    }
    if (correlationKey) {
      // a serialized object is refused by its type, before its value is read (reading it would deserialize it)
      boolean simple = typed.getType() != null ? typed.getType() instanceof PrimitiveValueType
          : typed.getValue() == null || typed.getValue() instanceof String || typed.getValue() instanceof Number
          || typed.getValue() instanceof Boolean;
      if (!simple) {
        return "une clé de corrélation est une valeur simple (texte, nombre, booléen, date)";
      }
    }
    return null;
  }

  private static ProcessEngine engine() {
    return EngineUtil.lookupProcessEngine(null);
  }

  private ObjectMapper objectMapper() {
    ContextResolver<ObjectMapper> resolver = providers == null ? null
        : providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
    ObjectMapper mapper = resolver == null ? null : resolver.getContext(ObjectMapper.class);
    return mapper != null ? mapper : new ObjectMapper();
  }

  private static InvalidRequestException refusal(String message) {
    return new InvalidRequestException(Response.Status.BAD_REQUEST, message);
  }
}
