package fr.logementaccompagne.access;

import fr.logementaccompagne.evaluation.EvaluationRepository;
import fr.logementaccompagne.evaluation.Indicator;
import fr.logementaccompagne.process.access.AccessPathway.ReviewDecision;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordReview}: the joint review's decision and indicators go to the domain store; a missing or
 * unknown indicator is recorded as not assessed. The decision becomes the next review's "last decision".
 */
@Component("reviewRecording")
public class ReviewRecordingStep implements ProcessStep {

  private final EvaluationRepository evaluations;
  private final Clock clock;

  public ReviewRecordingStep(EvaluationRepository evaluations, Clock clock) {
    this.evaluations = evaluations;
    this.clock = clock;
  }

  @Override
  public void execute(StepContext step) {
    Map<Indicator, Indicator.Level> levels = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      levels.put(indicator, Indicator.level(step.get(indicator.variable())));
    }
    ReviewDecision decision = step.get(Typed.REVIEW_DECISION);
    evaluations.record(step.businessKey(), LocalDate.now(clock),
        step.get(Typed.OCCUPANCY_STATUS), decision.name(), levels);
    step.set(Typed.LAST_REVIEW_DECISION, decision);
  }
}
