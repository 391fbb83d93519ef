package fr.logementaccompagne.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The process APIs and the models say the same thing: every element id, message, key and variable of the APIs
 * exists in {@code processes/} or {@code forms/}, and every decision a form asks for is a variable of an API whose
 * decision values are the form's options. Plain files, no engine: it runs in a second.
 */
class ProcessApiTest {

  private static final Path ROOT = Path.of(System.getProperty("project.root", "."));
  private static final Map<Class<?>, List<String>> DIAGRAMS = Map.of(
      AccessPathway.class, List.of("access-pathway.bpmn"),
      MaintienPathway.class, List.of("maintien-pathway.bpmn", "maintien-purchase-order.bpmn"),
      // the commission's decision reaches an open maintien case in the maintien diagram
      LitigationCommission.class, List.of("litigation-commission.bpmn", "maintien-pathway.bpmn"));
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Variables only code reads and writes, each with its reason; every other one is in a model or a form. */
  private static final Set<String> OUTSIDE_THE_MODELS = Set.of(
      AccessPathway.Vars.DEPARTURE_REASON,      // sent with the HouseholdLeft message, recorded by a delegate
      MaintienPathway.Vars.CONSENT_REMINDERS,   // counted by the consent reminder delegate
      MaintienPathway.Vars.SOURCE_ALERT_ID);    // rental management's id of the alert, set by the API only

  @Test
  void everyElementIdAndKeyOfAnApiIsInItsDiagrams() {
    List<String> missing = new ArrayList<>();
    DIAGRAMS.forEach((api, files) -> {
      String diagrams = files.stream().map(file -> read(ROOT.resolve("processes").resolve(file)))
          .collect(Collectors.joining("\n"));
      Stream.concat(constants(nested(api, "Elements")).stream(), constants(api).stream()
              .filter(field -> field.getName().endsWith("KEY")))
          .filter(field -> !diagrams.contains("id=\"" + value(field) + "\""))
          .forEach(field -> missing.add(api.getSimpleName() + "." + field.getName() + " = " + value(field)));
    });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyMessageOfAnApiIsDeclaredInItsDiagrams() {
    List<String> missing = new ArrayList<>();
    DIAGRAMS.forEach((api, files) -> {
      String diagrams = files.stream().map(file -> read(ROOT.resolve("processes").resolve(file)))
          .collect(Collectors.joining("\n"));
      constants(api).stream().filter(field -> field.getName().startsWith("MESSAGE_"))
          .filter(field -> !Pattern.compile("<bpmn:message [^>]*name=\"" + value(field) + "\"").matcher(diagrams).find())
          .forEach(field -> missing.add(api.getSimpleName() + "." + field.getName()));
    });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyVariableOfAnApiIsUsedByAModelOrAForm() {
    String models = allModels();
    List<String> unused = Stream.of(nested(AccessPathway.class, "Vars"), nested(MaintienPathway.class, "Vars"),
            nested(LitigationCommission.class, "Vars"), CaseVariables.class)
        .flatMap(vars -> constants(vars).stream())
        .filter(field -> !OUTSIDE_THE_MODELS.contains(value(field)))
        // a form may show a code as its French label, <name>Label (labels.CodeLabels, ADR 20)
        .filter(field -> !Pattern.compile("\\b" + value(field) + "(Label)?\\b").matcher(models).find())
        .map(field -> field.getDeclaringClass().getName() + "." + field.getName())
        .toList();
    assertThat(unused).isEmpty();
  }

  @Test
  void everyDecisionOfAFormIsAnApiVariableWithTheSameValues() {
    Map<String, Set<String>> decisions = formDecisions();
    assertThat(decisions).as("radio fields of forms/").isNotEmpty();
    List<String> wrong = new ArrayList<>();
    decisions.forEach((key, options) -> {
      Optional<Field> variable = Stream.of(nested(AccessPathway.class, "Vars"),
              nested(MaintienPathway.class, "Vars"), nested(LitigationCommission.class, "Vars"), CaseVariables.class)
          .flatMap(vars -> constants(vars).stream()).filter(field -> value(field).equals(key)).findFirst();
      if (variable.isEmpty()) {
        wrong.add(key + ": no variable in the process APIs");
        return;
      }
      decisionValues(variable.get().getName())
          .filter(values -> !values.equals(options))
          .ifPresent(values -> wrong.add(key + ": form offers " + options + ", the API says " + values));
    });
    assertThat(wrong).isEmpty();
  }

  /** The enum named after a decision variable (COMMISSION_DECISION: CommissionDecision), in any process API. */
  private static Optional<Set<String>> decisionValues(String variableConstant) {
    String enumName = Arrays.stream(variableConstant.toLowerCase().split("_"))
        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining());
    return Stream.of(AccessPathway.class.getClasses(), MaintienPathway.class.getClasses(),
            LitigationCommission.class.getClasses(), new Class<?>[] {OverlapDecision.class})
        .flatMap(Arrays::stream)
        .filter(type -> type.isEnum() && type.getSimpleName().equals(enumName)).findFirst()
        .map(type -> Arrays.stream(type.getEnumConstants()).map(Object::toString)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  private static Map<String, Set<String>> formDecisions() {
    Map<String, Set<String>> decisions = new LinkedHashMap<>();
    try (Stream<Path> forms = Files.list(ROOT.resolve("forms"))) {
      forms.filter(path -> path.toString().endsWith(".form")).sorted().forEach(path -> {
        try {
          collectRadios(JSON.readTree(path.toFile()).path("components"), decisions);
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
      });
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return decisions;
  }

  private static void collectRadios(JsonNode components, Map<String, Set<String>> decisions) {
    for (JsonNode component : components) {
      if ("radio".equals(component.path("type").asText())) {
        Set<String> options = new TreeSet<>();
        component.path("values").forEach(option -> options.add(option.path("value").asText()));
        decisions.merge(component.path("key").asText(), options, (a, b) -> {
          a.addAll(b);
          return a;
        });
      }
      collectRadios(component.path("components"), decisions);
    }
  }

  private static String allModels() {
    try (Stream<Path> files = Stream.concat(Files.list(ROOT.resolve("processes")), Files.list(ROOT.resolve("forms")))) {
      return files.map(ProcessApiTest::read).collect(Collectors.joining("\n"));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static Class<?> nested(Class<?> api, String name) {
    return Arrays.stream(api.getClasses()).filter(type -> type.getSimpleName().equals(name)).findFirst()
        .orElseThrow();
  }

  private static List<Field> constants(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class).toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
