package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.process.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The administrators are the members of the group {@code camunda-admin} ({@link Groups#ADMINISTRATORS}), whatever the
 * engine (ADR 11, ADR 31): every permission on every resource and engine administrators, through the engine's
 * {@link AdministratorAuthorizationPlugin}. {@code /api}, the directory and the authorizations of a running
 * installation know them by this group id. The account of {@code camunda.bpm.admin-user} is created here, in that
 * group, in place of the starter's: Camunda's starter would put it into {@code camunda-admin} too, Operaton's into a
 * group named after Operaton, which {@code /api} does not know. It also joins the engine's own administrators'
 * group ({@code Groups.CAMUNDA_ADMIN}: {@code operaton-admin} on Operaton, the same group on Camunda), the one the
 * webapps look at: with no member in it they offer anyone the page that creates a first administrator.
 */
@Configuration
public class Administrators {

  /** The Spring Boot starter's bean that creates {@code camunda.bpm.admin-user}. */
  static final String STARTER_ADMIN_USER_BEAN = "createAdminUserConfiguration";
  private static final Logger LOG = LoggerFactory.getLogger(Administrators.class);

  @Bean
  AdministratorAuthorizationPlugin administratorsGroup() {
    AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
    plugin.setAdministratorGroupName(Groups.ADMINISTRATORS);
    return plugin;
  }

  @Bean
  static BeanFactoryPostProcessor noStarterAdministrator() {
    return beanFactory -> {
      if (beanFactory instanceof BeanDefinitionRegistry registry
          && registry.containsBeanDefinition(STARTER_ADMIN_USER_BEAN)) {
        registry.removeBeanDefinition(STARTER_ADMIN_USER_BEAN);
      }
    };
  }

  /**
   * Creates the administrator of {@code camunda.bpm.admin-user} once, in {@link Groups#ADMINISTRATORS}. Nothing
   * against a read-only directory (profile ldap): there the directory's group is the administrators.
   */
  @Bean
  @ConditionalOnProperty(prefix = "camunda.bpm.admin-user", name = "id")
  ProcessEnginePlugin administratorAccount(CamundaBpmProperties properties) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine processEngine) {
        IdentityService identity = processEngine.getIdentityService();
        var account = properties.getAdminUser();
        if (identity.isReadOnly()) {
          LOG.info("Directory login: camunda.bpm.admin-user ignored, administrators are the directory group {}",
              Groups.ADMINISTRATORS);
          return;
        }
        if (identity.createUserQuery().userId(account.getId()).count() == 0) {
          User user = identity.newUser(account.getId());
          user.setPassword(account.getPassword());
          user.setFirstName(account.getFirstName());
          user.setLastName(account.getLastName());
          user.setEmail(account.getEmail());
          identity.saveUser(user);
          LOG.info("Administrator {} created in group {}", account.getId(), Groups.ADMINISTRATORS);
        }
        // at every start: an installation switched from Camunda has its administrator, not yet Operaton's group
        join(identity, account.getId(), Groups.ADMINISTRATORS);
        join(identity, account.getId(), org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
      }
    };
  }

  private static void join(IdentityService identity, String userId, String groupId) {
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identity.newGroup(groupId);
      group.setName("Administrateurs");
      group.setType("SYSTEM");
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
