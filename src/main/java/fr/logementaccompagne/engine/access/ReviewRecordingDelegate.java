package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.evaluation.EvaluationRepository;
import fr.logementaccompagne.evaluation.Indicator;

import fr.logementaccompagne.engine.workflow.VariableValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordReview}: the joint review's decision and indicators go to the domain store; a missing or
 * unknown indicator is recorded as not assessed. The decision becomes the next review's "last decision".
 */
@Component("reviewRecording")
public class ReviewRecordingDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final Clock clock;

  public ReviewRecordingDelegate(EvaluationRepository evaluations, Clock clock) {
    this.evaluations = evaluations;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<Indicator, Indicator.Level> levels = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      levels.put(indicator, Indicator.level(VariableValues.string(execution.getVariable(indicator.variable()))));
    }
    String decision = VariableValues.string(execution.getVariable(Vars.REVIEW_DECISION));
    evaluations.record(execution.getProcessBusinessKey(), LocalDate.now(clock),
        VariableValues.string(execution.getVariable(Vars.OCCUPANCY_STATUS)), decision, levels);
    execution.setVariable(Vars.LAST_REVIEW_DECISION, decision);
  }
}
