package fr.logementaccompagne.support;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * The beans every diagram names, as fakes for model tests: {@code caseClosure} records each case's outcome,
 * {@code decisionGuard} lets every decision through (the guard is tested on the whole application), and
 * delegates that only act on the domain store are counted. Kept in the engine's bean map ({@link ModelTestEngine}).
 */
public final class ModelTestFakes {

  private final Map<String, String> outcomes = new HashMap<>();
  private final Map<String, Integer> calls = new HashMap<>();

  private final Map<Object, Object> beans;

  private ModelTestFakes(Map<Object, Object> beans) {
    this.beans = beans;
  }

  /**
   * Forgets the fakes of the previous test, registers {@code caseClosure} and {@code decisionGuard}, and points the
   * process assertions at this engine (several model-test engines live in one JVM; see {@link #uninstall()}).
   */
  public static ModelTestFakes install(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getBeans().clear();
    BpmnAwareTests.init(engine);
    ModelTestFakes fakes = new ModelTestFakes(configuration.getBeans());
    fakes.register("caseClosure", fakes.new CaseClosure());
    fakes.register("decisionGuard", (TaskListener) task -> { });
    return fakes;
  }

  /** The bean that {@code ${name}} in a diagram resolves to, for the current test. */
  public void register(String name, Object bean) {
    beans.put(name, bean);
  }

  /** To call after each test: the process assertions are kept per thread, and the next class has its own engine. */
  public void uninstall() {
    BpmnAwareTests.reset();
    beans.clear();
  }

  /** Registers a delegate for each bean name that does nothing but count its calls. */
  public void recordCalls(String... beanNames) {
    for (String beanName : beanNames) {
      register(beanName, (JavaDelegate) execution -> calls.merge(beanName, 1, Integer::sum));
    }
  }

  public int calls(String beanName) {
    return calls.getOrDefault(beanName, 0);
  }

  /** The outcome the diagram closed the case with, or null while it is open. */
  public String outcomeOf(ProcessInstance instance) {
    return outcomes.get(instance.getBusinessKey());
  }

  /** True when the coverage parse listener is installed: without it nothing is counted and a gate passes. */
  public static boolean coverageIsRecorded(ProcessEngine engine) {
    return ProcessCoverageGate.isRecorded(engine);
  }

  /** Stands for {@code caseClosure.close(execution, outcome)} of the end events. */
  public final class CaseClosure {

    public void close(DelegateExecution execution, String outcome) {
      outcomes.put(execution.getProcessBusinessKey(), outcome);
    }
  }
}
