package fr.logementaccompagne.engine.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deployments run only the project's code (issue 8, ADR 16): at deployment, {@link ModelCodeParseListener} for
 * BPMN and {@link ModelResourceCheck} for the other resources; at run time, expressions resolve only
 * {@link ModelBeans} and pass {@link ModelElResolver} first. Applied to the engine itself, so it holds on every
 * route a model or an expression can take. First of the plugins, so that the functions other plugins add to the
 * expression manager (Spin's) land on this one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProjectCodeOnlyPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  public ProjectCodeOnlyPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ModelBeans beans = new ModelBeans(context);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new ModelExpressionManager(context, beans));

    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new ModelCodeParseListener(new ModelExpressionCheck(beans)));

    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new ModelResourceCheck());
  }
}
