package fr.logementaccompagne.access;

import fr.logementaccompagne.contract.ContractTransitions;
import fr.logementaccompagne.contract.OccupancyStatus;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import org.springframework.stereotype.Component;

/** {@code Task_OpenContract}: the contract of the status in {@code occupancyStatus} opens on the same dwelling. */
@Component("contractTransition")
public class ContractTransitionStep implements ProcessStep {

  private final ContractTransitions transitions;

  public ContractTransitionStep(ContractTransitions transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(StepContext step) {
    transitions.enterStatus(step.businessKey(),
        OccupancyStatus.valueOf(step.get(Typed.OCCUPANCY_STATUS)));
  }
}
