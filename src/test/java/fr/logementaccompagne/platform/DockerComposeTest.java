package fr.logementaccompagne.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run on the build machines (no Docker engine), so its wiring is checked here. */
class DockerComposeTest {

  private static final Path ROOT = Path.of(System.getProperty("project.root", "."));

  @Test
  @SuppressWarnings("unchecked")
  void runsTheApplicationInTheProductionProfileAgainstItsPostgresql() throws IOException {
    Map<String, Object> compose;
    try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
      compose = new Yaml().load(reader);
    }
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    assertThat(services).containsOnlyKeys("postgres", "app");

    Map<String, Object> postgres = services.get("postgres");
    assertThat((String) postgres.get("image")).startsWith("postgres:");
    Map<String, String> database = (Map<String, String>) postgres.get("environment");

    Map<String, Object> app = services.get("app");
    assertThat(app.get("build")).isEqualTo(".");
    assertThat(((Map<String, Object>) app.get("depends_on"))).containsKey("postgres");
    Map<String, String> environment = (Map<String, String>) app.get("environment");
    assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
    assertThat(environment.get("DB_URL"))
        .isEqualTo("jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"));
    assertThat(environment.get("DB_USER")).isEqualTo(database.get("POSTGRES_USER"));
    // no default administrator password: compose refuses to start without one
    assertThat(environment.get("ADMIN_PASSWORD")).startsWith("${ADMIN_PASSWORD:?");
    assertThat((List<String>) app.get("ports")).contains("8080:8080");
  }

  @Test
  void theImageIsBuiltFromThisProjectAndRunsTheJarInTheProductionProfile() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    assertThat(dockerfile)
        .contains("COPY processes processes", "COPY forms forms", "mvn -B -ntp -DskipTests package")
        .contains("SPRING_PROFILES_ACTIVE=postgres")
        .contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]")
        .contains("USER logement");
  }
}
