package fr.logementaccompagne.engine.workflow;

import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps health and social-difficulty data entered in the diagnostic form out of the engine's history tables
 * (ACT_HI_VARINST, ACT_HI_DETAIL): such values exist only for the instant of the task's completion, before
 * {@code DiagnosticRecordingStep} moves the need codes to the domain store (GDPR art. 9).
 */
@Component
public class SensitiveVariableHistory extends AbstractProcessEnginePlugin {

  public static final Set<String> NEVER_IN_HISTORY = Set.of(Vars.NEED_CODES, Vars.DIFFICULTY_HEALTH,
      Vars.DIFFICULTY_EMPLOYMENT, Vars.DIFFICULTY_BEHAVIOUR, Vars.DIFFICULTY_FINANCES, Vars.DIFFICULTY_ENVIRONMENT);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filter(new DbHistoryEventHandler()));
  }

  static final class Filter implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    Filter(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    static boolean sensitive(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity variable
          && NEVER_IN_HISTORY.contains(variable.getVariableName());
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!sensitive(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      delegate.handleEvents(events.stream().filter(event -> !sensitive(event)).toList());
    }
  }
}
