package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.engine.workflow.VariableValues;
import fr.logementaccompagne.maintien.MaintienOutcomeService;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordOutcome}: the final report's outcome is kept for the reports; the case's orders are done. */
@Component("maintienOutcome")
public class MaintienOutcomeDelegate implements JavaDelegate {

  private final MaintienOutcomeService outcomes;

  public MaintienOutcomeDelegate(MaintienOutcomeService outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.record(execution.getProcessBusinessKey(),
        VariableValues.string(execution.getVariable(Vars.FINAL_OUTCOME)));
  }
}
