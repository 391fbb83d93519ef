package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.eligibility.Financing;
import fr.logementaccompagne.eligibility.ResourceCeiling;
import fr.logementaccompagne.eligibility.ResourceCeilingTable;

import fr.logementaccompagne.engine.workflow.SystemCalls;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Reads the latest deployed version of the {@code resource-ceiling} decision table. */
@Component
public class DmnResourceCeilingTable implements ResourceCeilingTable {

  private final DecisionService decisions;
  private final SystemCalls systemCalls;

  public DmnResourceCeilingTable(DecisionService decisions, SystemCalls systemCalls) {
    this.decisions = decisions;
    this.systemCalls = systemCalls;
  }

  @Override
  public ResourceCeiling ceiling(Financing financing, int compositionCategory) {
    DmnDecisionRuleResult row = systemCalls.call(() -> decisions.evaluateDecisionTableByKey(DECISION_KEY)
        .variables(Map.of("financing", financing.name(), "compositionCategory", compositionCategory))
        .evaluate().getSingleResult());
    return new ResourceCeiling(((Number) row.getEntry("ceilingEur")).longValue(),
        ((Number) row.getEntry("extraPersonEur")).longValue());
  }
}
