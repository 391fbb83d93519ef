package fr.logementaccompagne.engine.boundary;

import fr.logementaccompagne.pathway.StartRule;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The business boundary (ADR 14): every route into the engine — {@code /engine-rest}, the webapps' own engine API
 * behind Tasklist and Cockpit, the Java API used by {@code /api} — reaches the same engine services, so the rules
 * are put there, once: a task completion carries its form's outputs only ({@link TaskOutputs}); a case's identity
 * never changes and caseworkers write variables only by completing tasks ({@link VariableWrites}); a case is opened
 * at its start with a system-given reference and its pathway's rules ({@link StartRequests}, {@link StartDoorListener});
 * jobs are run by the system and administrators only ({@link GuardedManagementService}). Candidate groups get
 * TASK_WORK on their tasks (claim, complete) instead of the engine's default UPDATE (set any variable, add groups).
 */
@Component
public class BusinessBoundaryPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<StartRule> startRules;

  public BusinessBoundaryPlugin(ObjectProvider<StartRule> startRules) {
    this.startRules = startRules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    TaskOutputs outputs = new TaskOutputs(configuration);
    VariableWrites variableWrites = new VariableWrites(configuration);
    StartRequests startRequests = new StartRequests(configuration);
    CompletionRaces races = new CompletionRaces(configuration);
    configuration.setTaskService(new GuardedTaskService(outputs, variableWrites, races));
    configuration.setFormService(new GuardedFormService(outputs, startRequests,
        new StartFormChoices(configuration), races));
    configuration.setRuntimeService(new GuardedRuntimeService(startRequests, variableWrites));
    configuration.setManagementService(new GuardedManagementService(configuration));

    // resolved at the first start, once the application context is complete (the rules need engine services)
    Supplier<Map<String, StartRule>> rules = () -> startRules.orderedStream()
        .collect(Collectors.toMap(StartRule::processKey, Function.identity()));
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new StartDoorParseListener(rules));
  }
}
