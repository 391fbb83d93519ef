package fr.logementaccompagne.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The French locale files of the Camunda webapps (docs/adr/0017) against the English ones of the webapp artifact on
 * the classpath: every English key has a non-empty French text (nested keys joined by dots, list items by index) that
 * keeps the English {@code {{placeholders}}}. An engine upgrade that adds or renames keys fails here, naming them;
 * {@code scripts/build-webapp-locales.py} lists them too and rebuilds the files once translated.
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
  void everyEnglishKeyHasAFrenchTextKeepingItsPlaceholders(String app) throws IOException {
    assertComplete(app);
  }

  @Test
  void theEnglishFilesAreThoseOfTheWebappArtifact() {
    // the English texts must come from Camunda's artifact, never from a copy of the project's
    assertThat(getClass().getClassLoader().getResource(LOCALES.formatted("tasklist", "en")))
        .as("tasklist en.json on the classpath").isNotNull()
        .satisfies(url -> assertThat(url.toString()).contains("camunda-webapp-webjar"));
  }

  private void assertComplete(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> french = flatten(read(app, "fr"));
    List<String> missing = new ArrayList<>();
    List<String> lostPlaceholders = new ArrayList<>();
    english.forEach((key, text) -> {
      String translated = french.get(key);
      if (!text.isBlank() && (translated == null || translated.isBlank())) {
        missing.add(key);
        return;
      }
      Set<String> lost = placeholders(text);
      lost.removeAll(placeholders(translated == null ? "" : translated));
      if (!lost.isEmpty()) {
        lostPlaceholders.add(key + " " + lost);
      }
    });
    assertThat(missing).as("%s: English keys without French text (%d of %d)", app, missing.size(), english.size())
        .isEmpty();
    assertThat(lostPlaceholders).as("%s: French texts dropping a placeholder of the English one", app).isEmpty();
  }

  private JsonNode read(String app, String language) throws IOException {
    String path = LOCALES.formatted(app, language);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as("%s on the classpath", path).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> flat = new LinkedHashMap<>();
    flatten(root, "", flat);
    return flat;
  }

  private static void flatten(JsonNode node, String prefix, Map<String, String> flat) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> flatten(field.getValue(), prefix + field.getKey() + ".", flat));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), prefix + i + ".", flat);
      }
    } else {
      flat.put(prefix.substring(0, prefix.length() - 1), node.asText());
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
