package fr.logementaccompagne.security;

import fr.logementaccompagne.engine.security.DirectoryLoginConfiguration;

import java.util.Map;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class AdministratorPasswordGuardTest {

  private final AdministratorPasswordGuard guard = new AdministratorPasswordGuard();

  private static MockEnvironment postgres(String password) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("postgres");
    if (password != null) {
      environment.setProperty(AdministratorPasswordGuard.PASSWORD_PROPERTY, password);
    }
    return environment;
  }

  @Test
  void refusesAMissingPassword() {
    assertThatThrownBy(() -> guard.postProcessEnvironment(postgres(null), new SpringApplication()))
        .isInstanceOf(InsecureAdministratorPasswordException.class)
        .hasMessageContaining("ADMIN_PASSWORD is not set");
    assertThatThrownBy(() -> guard.postProcessEnvironment(postgres("  "), new SpringApplication()))
        .isInstanceOf(InsecureAdministratorPasswordException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "admin", "Camunda", "PASSWORD", "changeme"})
  void refusesWellKnownDefaults(String password) {
    assertThatThrownBy(() -> guard.postProcessEnvironment(postgres(password), new SpringApplication()))
        .isInstanceOf(InsecureAdministratorPasswordException.class)
        .hasMessageContaining("well-known default");
  }

  @Test
  void acceptsAChosenPassword() {
    assertThatCode(() -> guard.postProcessEnvironment(postgres("Tr3s-Long-Et-Choisi"), new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void leavesTheDemoProfileAlone() {
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");
    demo.setProperty(AdministratorPasswordGuard.PASSWORD_PROPERTY, "demo");
    assertThatCode(() -> guard.postProcessEnvironment(demo, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void asksNoPasswordWithDirectoryLogin() {
    MockEnvironment postgresWithDirectory = postgres(null);
    postgresWithDirectory.setActiveProfiles("postgres", DirectoryLoginConfiguration.PROFILE);
    assertThatCode(() -> guard.postProcessEnvironment(postgresWithDirectory, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  /** The application's own profile files, loaded as at start-up, with ADMIN_PASSWORD given. */
  private static StandardEnvironment profiles(String adminPassword, String... profiles) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("env", Map.of("ADMIN_PASSWORD", adminPassword)));
    ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(),
        new DefaultBootstrapContext(), profiles);
    return environment;
  }

  @Test
  void theDemoDataOnPostgresTakesTheGivenAdministratorPasswordWhenPostgresComesLast() {
    StandardEnvironment trial = profiles("Tr3s-Long-Et-Choisi", "demo", "postgres");
    assertThatCode(() -> guard.postProcessEnvironment(trial, new SpringApplication())).doesNotThrowAnyException();
    assertThat(trial.getProperty("camunda.bpm.admin-user.id")).isEqualTo("admin");
    assertThat(trial.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
    assertThat(trial.getProperty("la.demo.pathways")).isEqualTo("true");
    // the demo users keep their short passwords in a trial; the weak administrator password is still refused
    assertThatThrownBy(() -> guard.postProcessEnvironment(profiles("demo", "demo", "postgres"),
        new SpringApplication())).isInstanceOf(InsecureAdministratorPasswordException.class);
    // postgres first: the demo profile's administrator demo/demo wins and is refused
    assertThatThrownBy(() -> guard.postProcessEnvironment(profiles("Tr3s-Long-Et-Choisi", "postgres", "demo"),
        new SpringApplication())).isInstanceOf(InsecureAdministratorPasswordException.class);
  }

  @Test
  void explainsTheRefusalInOneLine() {
    FailureAnalysis analysis = new InsecureAdministratorPasswordFailureAnalyzer()
        .analyze(new IllegalStateException(new InsecureAdministratorPasswordException("ADMIN_PASSWORD is not set")));
    assertThat(analysis.getDescription()).isEqualTo("ADMIN_PASSWORD is not set").doesNotContain("\n");
    assertThat(analysis.getAction()).contains("ADMIN_PASSWORD");
  }
}
