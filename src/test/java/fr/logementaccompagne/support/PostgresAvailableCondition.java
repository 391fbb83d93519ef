package fr.logementaccompagne.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link PostgresAvailable}. */
public class PostgresAvailableCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = System.getenv("TEST_POSTGRES_URL");
    if (url != null && !url.isBlank()) {
      return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but TEST_POSTGRES_URL is not set: PostgreSQL tests must run in CI");
    }
    return ConditionEvaluationResult.disabled("TEST_POSTGRES_URL not set: PostgreSQL tests skipped (see README)");
  }
}
