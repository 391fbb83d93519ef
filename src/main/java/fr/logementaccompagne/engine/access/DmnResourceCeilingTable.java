package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.eligibility.Financing;
import fr.logementaccompagne.eligibility.NoCeilingScheduleException;
import fr.logementaccompagne.eligibility.ResourceCeiling;
import fr.logementaccompagne.eligibility.ResourceCeilingTable;
import fr.logementaccompagne.eligibility.ResourceCeilingTables;
import fr.logementaccompagne.engine.workflow.SystemCalls;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Reads the latest deployed version of the {@code resource-ceiling} decision table, whose first input is the year
 * of the schedule: the year of the referral. Its answers are remembered per deployed version: every referral's
 * eligibility and dwelling search ask the same few questions, and each evaluation runs FEEL over every rule (24
 * today, 12 more each January), the largest cost of those steps (issue 15, ADR 32). The first time a version is
 * asked a question, the decision is evaluated and its history written as before; a new version is read from the
 * next step on.
 */
@Component
public class DmnResourceCeilingTable implements ResourceCeilingTables {

  private record Question(int year, Financing financing, int compositionCategory) {
  }

  /** What one deployed version answered; an empty answer is a year without schedule. */
  private record Answers(String version, Map<Question, Optional<ResourceCeiling>> byQuestion) {
  }

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final SystemCalls systemCalls;
  private volatile Answers answers = new Answers("", new ConcurrentHashMap<>());

  public DmnResourceCeilingTable(DecisionService decisions, RepositoryService repository, SystemCalls systemCalls) {
    this.decisions = decisions;
    this.repository = repository;
    this.systemCalls = systemCalls;
  }

  @Override
  public ResourceCeilingTable ofYear(int year) {
    Answers current = answersOf(latestVersion());
    return (financing, compositionCategory) -> current.byQuestion()
        .computeIfAbsent(new Question(year, financing, compositionCategory),
            question -> evaluate(current.version(), question))
        .orElseThrow(() -> new NoCeilingScheduleException(year));
  }

  private String latestVersion() {
    DecisionDefinition latest = systemCalls.call(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(ResourceCeilingTable.DECISION_KEY).latestVersion().singleResult());
    if (latest == null) {
      throw new IllegalStateException("La table de décision « " + ResourceCeilingTable.DECISION_KEY
          + " » n'est pas déployée");
    }
    return latest.getId();
  }

  private Answers answersOf(String version) {
    Answers known = answers;
    if (!known.version().equals(version)) {
      known = new Answers(version, new ConcurrentHashMap<>());
      answers = known;
    }
    return known;
  }

  private Optional<ResourceCeiling> evaluate(String version, Question question) {
    DmnDecisionRuleResult row = systemCalls.call(() -> decisions.evaluateDecisionTableById(version)
        .variables(Map.of("scheduleYear", question.year(), "financing", question.financing().name(),
            "compositionCategory", question.compositionCategory()))
        .evaluate().getSingleResult());
    return Optional.ofNullable(row).map(found -> new ResourceCeiling(
        ((Number) found.getEntry("ceilingEur")).longValue(), ((Number) found.getEntry("extraPersonEur")).longValue()));
  }
}
