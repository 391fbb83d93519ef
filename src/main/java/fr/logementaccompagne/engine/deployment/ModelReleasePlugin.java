package fr.logementaccompagne.engine.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * How models are released (ADR 22): a deployment passes the build's {@link ReleaseRules} ({@link ReleaseRulesCheck})
 * and is deployed whole or not at all ({@link WholeReleaseRepositoryService}).
 */
@Component
public class ModelReleasePlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  public ModelReleasePlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setRepositoryService(new WholeReleaseRepositoryService());
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    // a bean that exists but that models may not name is refused by ModelCodeParseListener, with its own reason
    configuration.getCustomPreDeployers().add(new ReleaseRulesCheck(new ReleaseRules(context::containsBean)));
  }
}
