package fr.logementaccompagne.access;

import fr.logementaccompagne.contract.HouseholdDepartureSignal;
import fr.logementaccompagne.pathway.CaseMessages;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.security.SystemActions;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A household's departure reaches its access case as the diagram's {@code HouseholdLeft} message. */
@Component
public class HouseholdLeftMessage implements HouseholdDepartureSignal {

  private final CaseMessages messages;
  private final SystemActions system;

  public HouseholdLeftMessage(CaseMessages messages, SystemActions system) {
    this.messages = messages;
    this.system = system;
  }

  @Override
  public boolean householdLeft(String processInstanceId, String reason) {
    Map<String, Object> variables = new HashMap<>();
    Typed.DEPARTURE_REASON.putInto(variables, reason);
    return system.call(() -> messages.deliver(AccessPathway.MESSAGE_HOUSEHOLD_LEFT, processInstanceId, variables));
  }
}
