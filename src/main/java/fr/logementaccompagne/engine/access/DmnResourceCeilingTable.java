package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.eligibility.Financing;
import fr.logementaccompagne.eligibility.NoCeilingScheduleException;
import fr.logementaccompagne.eligibility.ResourceCeiling;
import fr.logementaccompagne.eligibility.ResourceCeilingTable;
import fr.logementaccompagne.eligibility.ResourceCeilingTables;

import fr.logementaccompagne.engine.workflow.SystemCalls;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Reads the latest deployed version of the {@code resource-ceiling} decision table, whose first input is the year
 * of the schedule: the year of the referral.
 */
@Component
public class DmnResourceCeilingTable implements ResourceCeilingTables {

  private final DecisionService decisions;
  private final SystemCalls systemCalls;

  public DmnResourceCeilingTable(DecisionService decisions, SystemCalls systemCalls) {
    this.decisions = decisions;
    this.systemCalls = systemCalls;
  }

  @Override
  public ResourceCeilingTable ofYear(int year) {
    return (financing, compositionCategory) -> {
      DmnDecisionRuleResult row = systemCalls.call(() -> decisions
          .evaluateDecisionTableByKey(ResourceCeilingTable.DECISION_KEY)
          .variables(Map.of("scheduleYear", year, "financing", financing.name(),
              "compositionCategory", compositionCategory))
          .evaluate().getSingleResult());
      if (row == null) {
        throw new NoCeilingScheduleException(year);
      }
      return new ResourceCeiling(((Number) row.getEntry("ceilingEur")).longValue(),
          ((Number) row.getEntry("extraPersonEur")).longValue());
    };
  }
}
