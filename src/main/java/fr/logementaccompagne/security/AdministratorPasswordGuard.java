package fr.logementaccompagne.security;

import fr.logementaccompagne.engine.security.DirectoryLoginConfiguration;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code postgres} (production) profile with a missing or well-known administrator
 * password. Runs before any bean is created, so the engine never creates an administrator with such a password.
 * With directory login (profile {@code ldap}) no local administrator is created and the password is not asked for.
 */
public class AdministratorPasswordGuard implements EnvironmentPostProcessor {

  static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";
  private static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "admin", "camunda", "password", "changeme",
      "change-me", "secret", "postgres", "123456", "12345678", "azerty", "motdepasse");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("postgres"))
        || environment.acceptsProfiles(Profiles.of(DirectoryLoginConfiguration.PROFILE))) {
      return;
    }
    String password = environment.getProperty(PASSWORD_PROPERTY, "");
    if (password.isBlank()) {
      throw new InsecureAdministratorPasswordException(
          "ADMIN_PASSWORD is not set: the postgres profile needs an administrator password.");
    }
    if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
      throw new InsecureAdministratorPasswordException(
          "ADMIN_PASSWORD is a well-known default: choose another administrator password.");
    }
  }
}
