package fr.logementaccompagne.engine.step;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.process.ProcessVariable;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one engine adapter of the engine-free {@link ProcessStep}s (ADR 33): what the diagrams' unchanged
 * {@code ${beanName}} expressions resolve to when the bean is a step ({@code engine.deployment.ModelBeans}). It is
 * a service task's delegate and a task or execution listener at once, because a diagram may call a bean either way.
 */
public final class StepAdapter implements JavaDelegate, ExecutionListener, TaskListener {

  private final ProcessStep step;

  public StepAdapter(ProcessStep step) {
    this.step = step;
  }

  public ProcessStep step() {
    return step;
  }

  /** What a step sees of a task: its variables, its case. */
  public static StepContext contextOf(DelegateTask task) {
    return new Context(task, task.getExecution());
  }

  @Override
  public void execute(DelegateExecution execution) {
    step.execute(new Context(execution, execution));
  }

  @Override
  public void notify(DelegateExecution execution) {
    step.execute(new Context(execution, execution));
  }

  @Override
  public void notify(DelegateTask task) {
    step.execute(new Context(task, task.getExecution()));
  }

  /** Reads where the step was called (a task sees its own variables too), writes to the case's execution. */
  private record Context(VariableScope reading, DelegateExecution execution) implements StepContext {

    @Override
    public <T> T get(ProcessVariable<T> variable) {
      return TypedVariables.get(reading, variable);
    }

    @Override
    public <T> void set(ProcessVariable<T> variable, T value) {
      TypedVariables.set(execution, variable, value);
    }

    @Override
    public void remove(ProcessVariable<?> variable) {
      execution.removeVariable(variable.name());
    }

    @Override
    public String businessKey() {
      return execution.getProcessBusinessKey();
    }

    @Override
    public void changeBusinessKey(String businessKey) {
      execution.setProcessBusinessKey(businessKey);
    }

    @Override
    public String processInstanceId() {
      return execution.getProcessInstanceId();
    }

    @Override
    public Optional<String> callingProcessInstanceId() {
      return Optional.ofNullable(execution.getSuperExecution()).map(DelegateExecution::getProcessInstanceId);
    }
  }
}
