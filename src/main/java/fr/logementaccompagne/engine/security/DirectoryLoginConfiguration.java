package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.process.Groups;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
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
 * the directory's, and only the authorizations (stored in the engine's database by group id) stay ours.
 */
@Configuration
@Profile(DirectoryLoginConfiguration.PROFILE)
public class DirectoryLoginConfiguration {

  public static final String PROFILE = "ldap";
  /** The Spring Boot starter's bean that creates {@code camunda.bpm.admin-user}. */
  static final String STARTER_ADMIN_USER_BEAN = "createAdminUserConfiguration";
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryLoginConfiguration.class);

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

  /**
   * The members of the directory group {@code camunda-admin} are the administrators: every permission on every
   * resource, and engine administrators. Not configurable: {@code /api} recognises administrators by this group id
   * (docs/design.md section 7), so another name would give Cockpit rights without the API's.
   */
  @Bean
  AdministratorAuthorizationPlugin directoryAdministrators() {
    AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
    plugin.setAdministratorGroupName(Groups.ADMINISTRATORS);
    return plugin;
  }

  /**
   * The starter creates {@code camunda.bpm.admin-user} through the identity service, which fails against a
   * read-only directory and stops the start. The demo and postgres profiles both set it, so with {@code ldap} its
   * bean is dropped rather than asking every profile combination to unset the property.
   */
  @Bean
  static BeanFactoryPostProcessor noLocalAdministratorWithDirectory() {
    return beanFactory -> {
      if (beanFactory instanceof BeanDefinitionRegistry registry
          && registry.containsBeanDefinition(STARTER_ADMIN_USER_BEAN)) {
        registry.removeBeanDefinition(STARTER_ADMIN_USER_BEAN);
        LOG.info("Directory login: camunda.bpm.admin-user ignored, administrators are the directory group {}",
            Groups.ADMINISTRATORS);
      }
    };
  }
}
