package fr.logementaccompagne.access;

import fr.logementaccompagne.contract.OccupancyStatus;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import org.springframework.stereotype.Component;

/** {@code Task_AdvanceStatus}: the review decided to slide; the next period runs under the next status. */
@Component("occupancyStatusAdvance")
public class OccupancyStatusAdvanceStep implements ProcessStep {

  @Override
  public void execute(StepContext step) {
    OccupancyStatus current = OccupancyStatus.valueOf(step.get(Typed.OCCUPANCY_STATUS));
    step.set(Typed.OCCUPANCY_STATUS, current.next().name());
    step.remove(Typed.REVIEW_DECISION);
  }
}
