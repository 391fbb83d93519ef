package fr.logementaccompagne.engine.pathway;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.pathway.CaseMessages;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Delivers a message to one case through the engine's runtime service (the guarded one, ADR 14). */
@Component
public class EngineCaseMessages implements CaseMessages {

  private final RuntimeService runtime;

  public EngineCaseMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public boolean deliver(String messageName, String processInstanceId, Map<String, Object> variables) {
    return !runtime.createMessageCorrelation(messageName).processInstanceId(processInstanceId)
        .setVariables(TypedVariables.engineValues(variables)).correlateAllWithResult().isEmpty();
  }
}
