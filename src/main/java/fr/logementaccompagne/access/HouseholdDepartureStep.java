package fr.logementaccompagne.access;

import fr.logementaccompagne.contract.ContractTransitions;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** {@code Task_CloseOnDeparture}: message {@code HouseholdLeft} received, contract and measures end. */
@Component("householdDeparture")
public class HouseholdDepartureStep implements ProcessStep {

  static final String DEFAULT_REASON = "HOUSEHOLD_LEFT";

  private final ContractTransitions transitions;

  public HouseholdDepartureStep(ContractTransitions transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(StepContext step) {
    String reason = Objects.requireNonNullElse(
        step.get(Typed.DEPARTURE_REASON), DEFAULT_REASON);
    transitions.closeOnDeparture(step.businessKey(), reason.length() > 40 ? reason.substring(0, 40) : reason);
  }
}
