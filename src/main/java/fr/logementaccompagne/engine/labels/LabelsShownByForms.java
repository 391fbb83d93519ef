package fr.logementaccompagne.engine.labels;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.logementaccompagne.engine.workflow.SystemCalls;
import fr.logementaccompagne.labels.CodeLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Which code variables a deployed Camunda form shows as words: those whose {@code <code>Label} appears in the
 * form (a read-only field's key, a text's template). Read once per process definition: a task gets the labels its form
 * shows, not every label of its case (issue 15: 51 label variables per access pathway, each written, kept in the
 * history and deleted, for about 18 shown).
 */
@Component
class LabelsShownByForms {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Pattern> LABEL_FIELDS = CodeLabels.labelledVariables().stream().collect(
      Collectors.toMap(code -> code, code -> Pattern.compile("\\b" + code + CodeLabels.LABEL_SUFFIX + "\\b")));

  private final RepositoryService repository;
  private final SystemCalls systemCalls;
  private final Map<String, Map<String, Set<String>>> byProcessDefinition = new ConcurrentHashMap<>();

  LabelsShownByForms(RepositoryService repository, SystemCalls systemCalls) {
    this.repository = repository;
    this.systemCalls = systemCalls;
  }

  /** The code variables the form of this id, deployed with the process definition, shows; empty if not found. */
  Optional<Set<String>> shownBy(String processDefinitionId, String formId) {
    return Optional.ofNullable(byProcessDefinition.computeIfAbsent(processDefinitionId, definition ->
        systemCalls.call(() -> formsOf(repository.getProcessDefinition(definition).getDeploymentId()))).get(formId));
  }

  private Map<String, Set<String>> formsOf(String deploymentId) {
    Map<String, Set<String>> shown = new HashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        String form = text(deploymentId, resource);
        shown.put(id(form), LABEL_FIELDS.entrySet().stream().filter(field -> field.getValue().matcher(form).find())
            .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet()));
      }
    }
    return shown;
  }

  private String text(String deploymentId, String resource) {
    try (InputStream form = repository.getResourceAsStream(deploymentId, resource)) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String id(String form) {
    try {
      return JSON.readTree(form).path("id").asText();
    } catch (IOException unreadable) {
      // the release rules refuse such a form (ADR 30); here it simply matches no form reference
      return "";
    }
  }
}
