package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.OverlapDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.process.maintien.MaintienPathway.BudgetDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.ConsentDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.DiagnosticConclusion;
import fr.logementaccompagne.process.maintien.MaintienPathway.Elements;
import fr.logementaccompagne.process.maintien.MaintienPathway.FinalOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.ProgressDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.process.step.TaskDecisionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The decisions of the maintien user tasks (docs/process-contract.md), enforced by {@code decisionGuard}. */
@Configuration
public class MaintienTaskDecisions {

  @Bean
  TaskDecisionRule maintienOverlapDecisionRule() {
    return TaskDecisionRule.of(MaintienPathway.KEY, Elements.COORDINATE_OVERLAP, Vars.OVERLAP_DECISION,
        OverlapDecision.class).withReason(OverlapDecision.CONTINUE.name(), "overlapReason");
  }

  @Bean
  TaskDecisionRule consentDecisionRule() {
    return TaskDecisionRule.of(MaintienPathway.KEY, Elements.OBTAIN_CONSENT, Vars.CONSENT_DECISION,
        ConsentDecision.class);
  }

  @Bean
  TaskDecisionRule diagnosticConclusionRule() {
    return TaskDecisionRule.of(MaintienPathway.KEY, Elements.PERFORM_DIAGNOSTIC, Vars.DIAGNOSTIC_CONCLUSION,
        DiagnosticConclusion.class);
  }

  @Bean
  TaskDecisionRule progressDecisionRule() {
    return TaskDecisionRule.of(MaintienPathway.KEY, Elements.PROGRESS_REPORT, Vars.PROGRESS_DECISION,
        ProgressDecision.class);
  }

  @Bean
  TaskDecisionRule finalOutcomeRule() {
    return TaskDecisionRule.of(MaintienPathway.KEY, Elements.FINAL_REPORT, Vars.FINAL_OUTCOME, FinalOutcome.class);
  }

  @Bean
  TaskDecisionRule budgetDecisionRule() {
    return TaskDecisionRule.of(MaintienPathway.PURCHASE_ORDER_KEY, Elements.BUDGET_ARBITRATION,
        Vars.BUDGET_DECISION, BudgetDecision.class).withReason(BudgetDecision.APPROVE_OVER_ENVELOPE.name(),
        "arbitrationReason");
  }
}
