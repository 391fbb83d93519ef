package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.contract.ContractTransitions;

import fr.logementaccompagne.engine.workflow.VariableValues;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseOnDeparture}: message {@code HouseholdLeft} received, contract and measures end. */
@Component("householdDeparture")
public class HouseholdDepartureDelegate implements JavaDelegate {

  static final String DEFAULT_REASON = "HOUSEHOLD_LEFT";

  private final ContractTransitions transitions;

  public HouseholdDepartureDelegate(ContractTransitions transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = Objects.requireNonNullElse(
        VariableValues.string(execution.getVariable(Vars.DEPARTURE_REASON)), DEFAULT_REASON);
    transitions.closeOnDeparture(execution.getProcessBusinessKey(), reason.length() > 40 ? reason.substring(0, 40) : reason);
  }
}
