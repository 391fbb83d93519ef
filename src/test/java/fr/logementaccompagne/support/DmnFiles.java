package fr.logementaccompagne.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** Evaluates the project's DMN files as analysts leave them in processes/, without an engine or a database. */
public final class DmnFiles {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Path PROCESSES = Path.of(System.getProperty("project.root", "."), "processes");

  private final DmnDecision decision;

  private DmnFiles(DmnDecision decision) {
    this.decision = decision;
  }

  public static DmnFiles decision(String file, String decisionKey) {
    try (InputStream in = Files.newInputStream(PROCESSES.resolve(file))) {
      return new DmnFiles(ENGINE.parseDecision(decisionKey, in));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public DmnDecisionResult evaluate(Map<String, Object> variables) {
    return ENGINE.evaluateDecision(decision, variables);
  }
}
