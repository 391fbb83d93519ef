package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.contract.OccupancyStatus;

import fr.logementaccompagne.engine.workflow.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_AdvanceStatus}: the review decided to slide; the next period runs under the next status. */
@Component("occupancyStatusAdvance")
public class OccupancyStatusAdvanceDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    OccupancyStatus current = OccupancyStatus.valueOf(VariableValues.string(execution.getVariable(Vars.OCCUPANCY_STATUS)));
    execution.setVariable(Vars.OCCUPANCY_STATUS, current.next().name());
    execution.removeVariable(Vars.REVIEW_DECISION);
  }
}
