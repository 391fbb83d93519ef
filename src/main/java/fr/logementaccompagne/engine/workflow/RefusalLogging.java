package fr.logementaccompagne.engine.workflow;

import fr.logementaccompagne.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.logementaccompagne.engine.rest.EngineRestConfiguration;

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
 * is the caller's too, and so is every {@link Refusal} of the project's own code: each is logged once at INFO,
 * one line without a stack trace, so that a barrage of bad requests does not bury real errors, nor cost
 * a stack trace each. What the REST layer answers is unchanged ({@link EngineRestConfiguration}).
 */
@Component
public class RefusalLogging extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(RefusalLogging.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new CommandContext(getProcessEngineConfiguration()) {
          @Override
          protected boolean shouldLogFine(Throwable exception) {
            if (callersError(exception)) {
              LOG.info("Refused: {}", rootMessage(exception));
              return true;
            }
            return super.shouldLogFine(exception);
          }
        };
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  /** The innermost message: the refusal's own words, not the engine's wrapping of them. */
  private static String rootMessage(Throwable exception) {
    String message = exception.getMessage();
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    return message;
  }

  static boolean callersError(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof Refusal || cause instanceof BadUserRequestException || cause instanceof AuthorizationException
          || cause instanceof MismatchingMessageCorrelationException || EngineRestConfiguration.notFound(cause)) {
        return true;
      }
    }
    return false;
  }
}
