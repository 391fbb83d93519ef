package fr.logementaccompagne.engine.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.springframework.stereotype.Component;

/**
 * Lists that scale with the caller's share, not with all grants times all rows (ADR 26): puts
 * {@link CandidateTaskManager}, {@link CallersHistoryManager} and {@link CallersGroupsAuthorizationManager} in
 * place of the engine's task, history and authorization managers, for every route, and adds their statements
 * (Visibility.xml) to the engine's MyBatis mappings.
 */
@Component
public class VisibilityPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPINGS = "fr/logementaccompagne/engine/security/Visibility.xml";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(manager(TaskManager.class, CandidateTaskManager::new));
    configuration.getCustomSessionFactories().add(
        manager(HistoricProcessInstanceManager.class, CallersHistoryManager::new));
    configuration.getCustomSessionFactories().add(
        manager(AuthorizationManager.class, CallersGroupsAuthorizationManager::new));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (mybatis.isResourceLoaded(MAPPINGS)) {
      return;
    }
    try (InputStream mappings = getClass().getClassLoader().getResourceAsStream(MAPPINGS)) {
      new XMLMapperBuilder(mappings, mybatis, MAPPINGS, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SessionFactory manager(Class<?> type, Supplier<Session> replacement) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return replacement.get();
      }
    };
  }
}
