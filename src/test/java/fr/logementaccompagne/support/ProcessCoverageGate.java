package fr.logementaccompagne.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The 100 % process-coverage gate of the model tests, on Camunda 7: the community's process-test-coverage extension
 * (report under {@code target/process-test-coverage/}). Engine-specific: the Operaton build replaces this class by
 * its own (src/operaton/, ADR 31), because that library has no Operaton build.
 */
public final class ProcessCoverageGate {

  private ProcessCoverageGate() {
  }

  /** The engine of {@code configuration}, failing the class when its tests covered less than every element. */
  static ProcessEngineExtension fullCoverage(ProcessEngineConfigurationImpl configuration, String... excludedKeys) {
    // the builder below does not install the listeners that count coverage: without them the gate passes silently
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
    return ProcessEngineCoverageExtension.builder(configuration)
        .assertClassCoverageAtLeast(1.0)
        .handleTestMethodCoverage(false)
        .excludeProcessDefinitionKeys(excludedKeys)
        .build();
  }

  /** True when the coverage parse listener is installed: without it nothing is counted and a gate passes. */
  public static boolean isRecorded(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCustomPostBPMNParseListeners().stream()
        .anyMatch(ElementCoverageParseListener.class::isInstance);
  }
}
