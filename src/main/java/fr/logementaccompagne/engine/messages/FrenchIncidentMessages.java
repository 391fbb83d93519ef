package fr.logementaccompagne.engine.messages;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Incidents as Cockpit shows them: the failed job's message in French when the engine wrote it
 * ({@link FrenchEngineMessages}); the project's delegates already fail in French (ADR 20). The job's own exception
 * message and stack trace stay as thrown, for developers.
 */
@Component
public class FrenchIncidentMessages extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(new InFrench(Incident.FAILED_JOB_HANDLER_TYPE));
    handlers.add(new InFrench(Incident.EXTERNAL_TASK_HANDLER_TYPE));
    configuration.setCustomIncidentHandlers(handlers);
  }

  static final class InFrench extends DefaultIncidentHandler {

    InFrench(String type) {
      super(type);
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
      return super.handleIncident(context, FrenchEngineMessages.inFrench(message));
    }
  }
}
