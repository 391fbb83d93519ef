package fr.logementaccompagne.support;

import java.util.HashMap;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The engine of a model test: the diagrams alone on an in-memory engine, no Spring application, the job executor
 * off. Beans named in expressions ({@code ${eligibilityCheck}}) are the fakes of {@link ModelTestFakes}, kept in the
 * engine's bean map. Not Camunda's {@code Mocks}: its resolver answers a property with the bean of the same name,
 * so {@code ${maintienTimers.consentReminder}} would read the {@code consentReminder} delegate.
 *
 * <p>The extension is the process-coverage gate ({@link ProcessCoverageGate}): after the last test of the class it
 * fails the class when the tests together covered less than 100 % of the flow nodes and sequence flows of the
 * processes deployed, except those excluded (a process standing in for a call activity, tested by its own class).
 */
public final class ModelTestEngine {

  private ModelTestEngine() {
  }

  /** One engine per test class, named after it, so that it never meets another engine in the shared JVM. */
  public static ProcessEngineExtension withFullCoverageGate(Class<?> testClass, String... excludedKeys) {
    String name = testClass.getSimpleName();
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(new HashMap<>());
    // the application stores lists as JSON (Spin), and decision tables read them
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    configuration.setDefaultSerializationFormat(SerializationDataFormats.JSON.getName());
    return ProcessCoverageGate.fullCoverage(configuration, excludedKeys);
  }
}
