package fr.logementaccompagne.engine.security;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Directory login (profile {@code ldap}, ADR 0011): users, passwords and group memberships come from the
 * landlord's LDAP / Active Directory through Camunda's LDAP identity plugin. The engine's identity service then
 * becomes read-only, so nothing that creates users or groups may run: the role groups and the administrator are
 * the directory's, and only the authorizations (stored in the engine's database by group id) stay ours. The
 * directory group {@code camunda-admin} is the administrators ({@link Administrators}).
 */
@Configuration
@Profile(DirectoryLoginConfiguration.PROFILE)
public class DirectoryLoginConfiguration {

  public static final String PROFILE = "ldap";

  /**
   * Every setting comes from {@code la.ldap.*} (application-ldap.yaml maps them to environment variables). The
   * server and base DN are checked here: unset, the start would only fail later on a malformed LDAP URL.
   */
  @Bean
  @ConfigurationProperties(prefix = "la.ldap")
  LdapIdentityProviderPlugin ldapIdentityProviderPlugin(Environment environment) {
    if (!StringUtils.hasText(environment.getProperty("la.ldap.server-url"))
        || !StringUtils.hasText(environment.getProperty("la.ldap.base-dn"))) {
      throw new IllegalStateException("Directory login (profile ldap) needs LDAP_URL and LDAP_BASE_DN");
    }
    return new LdapIdentityProviderPlugin();
  }
}
