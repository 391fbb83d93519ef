package fr.logementaccompagne.process.step;

/**
 * The work of one element of a diagram (a service task, or a task listener), written without the engine: it reads
 * and writes typed variables through its {@link StepContext} and calls use cases. A step is a Spring bean named as
 * the diagram names it ({@code camunda:delegateExpression="${referralRegistration}"}); the engine adapter
 * ({@code engine.step.StepAdapter}) runs it for the engine, whichever way the diagram calls it. Named
 * {@code *Step}, it lives in its capability's package (ADR 33).
 */
@FunctionalInterface
public interface ProcessStep {

  void execute(StepContext step);
}
