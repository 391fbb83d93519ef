package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.contract.HouseholdDepartureSignal;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.security.SystemActions;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Sends {@code HouseholdLeft} to an access pathway as the system: the caller (the administrator importing the
 * vacancy feed) has been checked by the import, and the case is not theirs to complete tasks on.
 */
@Component
public class EngineHouseholdDepartureSignal implements HouseholdDepartureSignal {

  private final RuntimeService runtime;
  private final SystemActions system;

  public EngineHouseholdDepartureSignal(RuntimeService runtime, SystemActions system) {
    this.runtime = runtime;
    this.system = system;
  }

  @Override
  public boolean householdLeft(String processInstanceId, String reason) {
    return system.call(() -> !runtime.createMessageCorrelation(AccessPathway.MESSAGE_HOUSEHOLD_LEFT)
        .processInstanceId(processInstanceId)
        .setVariable(Vars.DEPARTURE_REASON, reason)
        .correlateAllWithResult().isEmpty());
  }
}
