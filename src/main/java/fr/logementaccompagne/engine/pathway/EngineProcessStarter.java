package fr.logementaccompagne.engine.pathway;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.pathway.ProcessStarter;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts pathways through the engine's runtime service (the guarded one, ADR 14). */
@Component
public class EngineProcessStarter implements ProcessStarter {

  private final RuntimeService runtimeService;

  public EngineProcessStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public String start(String processKey, String businessKey, Map<String, Object> variables) {
    // the capabilities hand plain stored values (ProcessVariable.store); lists become the engine's JSON arrays
    return runtimeService.startProcessInstanceByKey(processKey, businessKey, TypedVariables.engineValues(variables))
        .getId();
  }
}
