package fr.logementaccompagne.engine.boundary;

import fr.logementaccompagne.engine.boundary.FormOutputs.FieldKind;
import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.process.ProcessVariables;
import fr.logementaccompagne.process.VariableConversionException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A user task accepts exactly the fields of its deployed form: an editable field with a value of its kind, a field
 * the form only shows when sent back unchanged (Tasklist sends every field; it is then dropped), nothing else and
 * never a variable of {@link CaseIdentity}. A refusal names each variable and writes nothing (HTTP 400).
 */
class TaskOutputs {

  private final ProcessEngineConfigurationImpl configuration;
  /** Deployed definitions never change, so a task's outputs are read once per definition. */
  private final Map<String, FormOutputs> outputsByTask = new ConcurrentHashMap<>();

  TaskOutputs(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The variables to write for this completion by a person, or the refusal. */
  Map<String, Object> accept(String taskId, Map<String, Object> sent) {
    if (taskId == null || Caller.ofOuterCall(configuration).isEmpty()) {
      return sent;
    }
    Map<String, Object> submitted = sent == null ? Map.of() : sent;
    return configuration.getCommandExecutorTxRequired().execute(context -> check(context, taskId, submitted));
  }

  private Map<String, Object> check(CommandContext context, String taskId, Map<String, Object> sent) {
    // a task the caller cannot see is left to the engine's own refusal: no answer may reveal its form
    if (configuration.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      return sent;
    }
    return context.runWithoutAuthorization(() -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      FormOutputs outputs = outputsByTask.computeIfAbsent(
          task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), key -> deployedFormOf(taskId));
      VariableMap accepted = Variables.createVariables();
      List<String> refusals = new ArrayList<>();
      for (String name : sent.keySet()) {
        // typed, so that a serialized object is not deserialized (or failed on) just to be checked
        Object value = sent instanceof VariableMap typed ? typed.getValueTyped(name) : sent.get(name);
        String refusal = refusal(task, outputs, name, value);
        if (refusal != null) {
          refusals.add(refusal);
        } else if (outputs.editable().containsKey(name)) {
          try {
            accepted.put(name, canonical(name, value));
          } catch (VariableConversionException e) {
            refusals.add("le champ '%s' : %s".formatted(name, e.getMessage()));
          }
        }
      }
      if (!refusals.isEmpty()) {
        throw new BadUserRequestException("Tâche « %s » : %s. Champs modifiables : %s".formatted(
            Objects.requireNonNullElse(task.getName(), task.getTaskDefinitionKey()), String.join(" ; ", refusals),
            outputs.editable().isEmpty() ? "aucun" : String.join(", ", outputs.editable().keySet())));
      }
      return accepted;
    });
  }

  /**
   * A variable of the process APIs as its canonical type (ADR 33), converted once, here; other form fields as
   * sent. Decisions stay as sent: {@code DecisionGuardListener} refuses a value outside the task's enum with the
   * task's own rules (a reason required for some values).
   */
  private static Object canonical(String name, Object value) {
    return ProcessVariables.named(name).filter(variable -> !variable.javaType().isEnum())
        .map(variable -> TypedVariables.convertSent(variable, value)).orElse(value);
  }

  private FormOutputs deployedFormOf(String taskId) {
    try {
      return FormOutputs.parse(configuration.getFormService().getDeployedTaskForm(taskId));
    } catch (ProcessEngineException | UncheckedIOException noCamundaForm) {
      return FormOutputs.NONE;
    }
  }

  private static String refusal(TaskEntity task, FormOutputs outputs, String name, Object value) {
    if (name == null || name.isBlank()) {
      return "variable sans nom refusée";
    }
    boolean unchanged = outputs.shown().contains(name) && sameValue(task.getVariable(name), value);
    if (CaseIdentity.VARIABLES.contains(name) && !unchanged) {
      return "la variable '%s' identifie le dossier et ne se modifie pas".formatted(name);
    }
    if (outputs.shown().contains(name)) {
      return unchanged ? null : "le champ '%s' est en lecture seule".formatted(name);
    }
    FieldKind kind = outputs.editable().get(name);
    if (kind == null) {
      return "la variable '%s' n'est pas un champ du formulaire de la tâche".formatted(name);
    }
    return holds(kind, value) ? null : "le champ '%s' attend %s".formatted(name, describe(kind));
  }

  private static boolean holds(FieldKind kind, Object value) {
    Object raw = value;
    if (value instanceof TypedValue typed) {
      if (ValueType.NULL.equals(typed.getType())) {
        return true;
      }
      if (typed instanceof SerializableValue) {
        return kind == FieldKind.LIST;
      }
      raw = typed.getValue();
    }
    return raw == null || switch (kind) {
      case TEXT -> raw instanceof String;
      case DATE -> raw instanceof String || raw instanceof Date;
      case NUMBER -> raw instanceof Number;
      case BOOLEAN -> raw instanceof Boolean;
      case LIST -> raw instanceof Collection<?> || raw instanceof String;
    };
  }

  private static String describe(FieldKind kind) {
    return switch (kind) {
      case TEXT -> "un texte";
      case DATE -> "une date";
      case NUMBER -> "un nombre";
      case BOOLEAN -> "vrai ou faux";
      case LIST -> "une liste";
    };
  }

  private static boolean sameValue(Object current, Object sent) {
    // a serialized object sent as is cannot be read without deserializing it; its text is what is compared
    Object value = sent instanceof SerializableValue serialized && !serialized.isDeserialized()
        ? serialized.getValueSerialized() : sent instanceof TypedValue typed ? typed.getValue() : sent;
    if (current == null) {
      // a form shows an absent variable as an empty field, and sends it back so
      return value == null || "".equals(value) || value instanceof Collection<?> list && list.isEmpty();
    }
    if (current instanceof Number a && value instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(current, value) || current != null && value != null
        && String.valueOf(current).equals(String.valueOf(value));
  }
}
