package fr.logementaccompagne.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.PvmTransition;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.pvm.process.TransitionImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The 100 % process-coverage gate of the model tests, on Operaton (ADR 31): the community's process-test-coverage
 * library used on Camunda 7 has no Operaton build, so this class, copied over the Camunda one by the Operaton
 * build, counts the same thing itself. A parse listener notes every flow node and sequence flow of each process
 * deployed and adds listeners that record those started or taken; after the last test of the class the gate fails
 * naming the elements never reached, processes of the excluded keys aside.
 */
public final class ProcessCoverageGate {

  private ProcessCoverageGate() {
  }

  /** The engine of {@code configuration}, failing the class when its tests covered less than every element. */
  static ProcessEngineExtension fullCoverage(ProcessEngineConfigurationImpl configuration, String... excludedKeys) {
    Recorder recorder = new Recorder(Set.of(excludedKeys));
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(recorder);
    configuration.setCustomPostBPMNParseListeners(listeners);
    return new Gate(recorder).useProcessEngine(configuration.buildProcessEngine());
  }

  /** True when the recording parse listener is installed: without it nothing is counted and a gate passes. */
  public static boolean isRecorded(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCustomPostBPMNParseListeners().stream().anyMatch(Recorder.class::isInstance);
  }

  /**
   * Operaton's extension with Camunda's order: the test's deployment is made just before the test method, after
   * its {@code @BeforeEach} (which registers the fakes a timer start event's expression reads at deployment), and
   * removed right after it, before its {@code @AfterEach}; Operaton's own does both in before/afterEach callbacks.
   */
  static final class Gate extends ProcessEngineExtension
      implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private final Recorder recorder;

    Gate(Recorder recorder) {
      this.recorder = recorder;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      // deployment deferred to beforeTestExecution
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
      super.beforeEach(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
      super.afterEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
      // done in afterTestExecution
    }

    @Override
    public void afterAll(ExtensionContext context) {
      super.afterAll(context);
      Set<String> missed = recorder.missed();
      if (!missed.isEmpty()) {
        throw new AssertionError("process coverage below 100 %% in %s: %d of %d elements never reached: %s"
            .formatted(context.getDisplayName(), missed.size(), recorder.elements.size(), missed));
      }
    }
  }

  /** Elements as {@code processKey/elementId}; reached ones recorded by the listeners it adds at parse time. */
  static final class Recorder extends AbstractBpmnParseListener {

    private final Set<String> excludedKeys;
    final Set<String> elements = ConcurrentHashMap.newKeySet();
    final Set<String> reached = ConcurrentHashMap.newKeySet();

    Recorder(Set<String> excludedKeys) {
      this.excludedKeys = excludedKeys;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      if (!excludedKeys.contains(processDefinition.getKey())) {
        watch(processDefinition.getKey(), processDefinition);
      }
    }

    private void watch(String key, ScopeImpl scope) {
      for (ActivityImpl activity : scope.getActivities()) {
        // a multi-instance body (id#multiInstanceBody) is not a diagram element; its inner activity is
        if (!activity.getId().contains("#")) {
          String node = key + "/" + activity.getId();
          elements.add(node);
          activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> reached.add(node));
        }
        for (PvmTransition outgoing : activity.getOutgoingTransitions()) {
          TransitionImpl flow = (TransitionImpl) outgoing;
          String id = key + "/" + flow.getId();
          elements.add(id);
          flow.addListener(ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) execution -> reached.add(id));
        }
        watch(key, activity);
      }
    }

    Set<String> missed() {
      Set<String> missed = new TreeSet<>(elements);
      missed.removeAll(reached);
      return missed;
    }
  }
}
