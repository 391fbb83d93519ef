package fr.logementaccompagne.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link ChromiumAvailable}. */
public class ChromiumAvailableCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    List<String> missing = Stream.of(ChromiumAvailable.CHROMIUM, ChromiumAvailable.CHROMEDRIVER)
        .filter(binary -> !Files.isExecutable(Path.of(binary)))
        .toList();
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but " + String.join(" and ", missing)
          + " missing: browser tests must run in CI (.ci/run installs chromium and chromium-driver)");
    }
    return ConditionEvaluationResult.disabled(String.join(" and ", missing)
        + " missing: browser tests skipped (apt-get install chromium chromium-driver to run them)");
  }
}
