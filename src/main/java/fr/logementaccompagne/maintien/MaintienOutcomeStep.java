package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import org.springframework.stereotype.Component;

/** {@code Task_RecordOutcome}: the final report's outcome is kept for the reports; the case's orders are done. */
@Component("maintienOutcome")
public class MaintienOutcomeStep implements ProcessStep {

  private final MaintienOutcomeService outcomes;

  public MaintienOutcomeStep(MaintienOutcomeService outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(StepContext step) {
    outcomes.record(step.businessKey(),
        step.get(Typed.FINAL_OUTCOME).name());
  }
}
