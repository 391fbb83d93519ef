package fr.logementaccompagne.access;

import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.process.OverlapDecision;
import fr.logementaccompagne.process.ProcessVariable.Choice;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.AccessOutcome;
import fr.logementaccompagne.process.access.AccessPathway.CommissionDecision;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.EligibilityReviewDecision;
import fr.logementaccompagne.process.access.AccessPathway.ReviewDecision;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.process.step.TaskDecisionRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The decisions of the access pathway's user tasks (docs/process-contract.md), enforced by {@code decisionGuard}. */
@Configuration
public class AccessTaskDecisions {

  private final DwellingRepository dwellings;

  public AccessTaskDecisions(DwellingRepository dwellings) {
    this.dwellings = dwellings;
  }

  private static String caseOf(StepContext task) {
    return task.businessKey();
  }

  @Bean
  TaskDecisionRule eligibilityReviewDecisionRule() {
    return TaskDecisionRule.of(AccessPathway.KEY, Elements.REVIEW_INELIGIBILITY, Vars.ELIGIBILITY_REVIEW_DECISION,
            EligibilityReviewDecision.class)
        .withReason(EligibilityReviewDecision.DEROGATE.name(), Vars.DEROGATION_REASON);
  }

  @Bean
  TaskDecisionRule accessOverlapDecisionRule() {
    return TaskDecisionRule.of(AccessPathway.KEY, Elements.COORDINATE_OVERLAP, Vars.OVERLAP_DECISION,
            OverlapDecision.class)
        .withReason(OverlapDecision.CONTINUE.name(), "overlapReason");
  }

  /**
   * The proposed dwelling must be one of the options computed before the task. One attributed meanwhile to
   * another case is caught at the commission, whose "not attributed" searches again.
   */
  @Bean
  TaskDecisionRule proposedDwellingRule() {
    return new TaskDecisionRule(AccessPathway.KEY, Elements.PROPOSE_DWELLING, Vars.PROPOSED_DWELLING_REFERENCE,
        task -> Objects.requireNonNullElse(task.get(Typed.DWELLING_OPTIONS), List.<Choice>of()).stream()
            .map(Choice::value).toList());
  }

  /** Attribution only of a dwelling still free: two cases may have proposed the same one. */
  @Bean
  TaskDecisionRule commissionDecisionRule() {
    return TaskDecisionRule.of(AccessPathway.KEY, Elements.ATTRIBUTION_COMMISSION, Vars.COMMISSION_DECISION,
            CommissionDecision.class)
        .withStateCheck((task, decision) -> {
          if (!CommissionDecision.ATTRIBUTED.name().equals(decision)) {
            return Optional.empty();
          }
          String dwelling = task.get(Typed.PROPOSED_DWELLING_REFERENCE);
          return dwellings.heldByAnotherCase(dwelling, caseOf(task)).map(other -> "le logement " + dwelling
              + " a entre-temps été attribué au dossier " + other + " : enregistrez « Non attribué »");
        });
  }

  @Bean
  TaskDecisionRule reviewDecisionRule() {
    return TaskDecisionRule.of(AccessPathway.KEY, Elements.PERIODIC_REVIEW, Vars.REVIEW_DECISION,
        ReviewDecision.class);
  }

  @Bean
  TaskDecisionRule accessOutcomeRule() {
    return TaskDecisionRule.of(AccessPathway.KEY, Elements.FINAL_EVALUATION, Vars.ACCESS_OUTCOME,
        AccessOutcome.class);
  }
}
