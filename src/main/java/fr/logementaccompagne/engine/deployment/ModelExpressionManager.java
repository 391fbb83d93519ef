package fr.logementaccompagne.engine.deployment;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * Camunda's Spring expression manager limited to {@link ModelBeans}, with {@link ModelElResolver} asked first, so
 * that no expression reaches past it to the engine or to the application.
 */
class ModelExpressionManager extends SpringExpressionManager {

  ModelExpressionManager(ApplicationContext context, ModelBeans beans) {
    super(context, beans);
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver chain = new CompositeELResolver();
    chain.add(new ModelElResolver());
    chain.add(super.createElResolver());
    return chain;
  }
}
