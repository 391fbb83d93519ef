package fr.logementaccompagne.workflow;

import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception of a command at ERROR with its stack trace (ENGINE-16004), except a few it knows
 * to be the caller's (a refused request, a missing authorization), which it logs at DEBUG. A call on a task, job or
 * execution that does not exist, a message that matches nothing, or a refusal the engine wraps (a task listener's)
 * is the caller's too: logged the same way, so that a barrage of bad requests does not bury real errors, nor cost
 * a stack trace each. What the REST layer answers is unchanged ({@link EngineRestConfiguration}).
 */
@Component
public class RefusalLogging extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new CommandContext(getProcessEngineConfiguration()) {
          @Override
          protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || callersError(exception);
          }
        };
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  static boolean callersError(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException || cause instanceof AuthorizationException
          || cause instanceof MismatchingMessageCorrelationException
          || cause instanceof DuplicateOpenCaseException || EngineRestConfiguration.notFound(cause)) {
        return true;
      }
    }
    return false;
  }
}
