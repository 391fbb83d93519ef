package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.contract.ContractTransitions;
import fr.logementaccompagne.contract.OccupancyStatus;

import fr.logementaccompagne.engine.workflow.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenContract}: the contract of the status in {@code occupancyStatus} opens on the same dwelling. */
@Component("contractTransition")
public class ContractTransitionDelegate implements JavaDelegate {

  private final ContractTransitions transitions;

  public ContractTransitionDelegate(ContractTransitions transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transitions.enterStatus(execution.getProcessBusinessKey(),
        OccupancyStatus.valueOf(VariableValues.string(execution.getVariable(Vars.OCCUPANCY_STATUS))));
  }
}
