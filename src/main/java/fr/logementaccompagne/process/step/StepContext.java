package fr.logementaccompagne.process.step;

import fr.logementaccompagne.process.ProcessVariable;
import fr.logementaccompagne.process.VariableSource;
import java.util.Optional;

/**
 * What a {@link ProcessStep} sees of the case it runs for. Variables are read strictly and written as their
 * canonical type (ADR 33); for a task listener, they are read from the task and written to its case.
 */
public interface StepContext extends VariableSource {

  <T> void set(ProcessVariable<T> variable, T value);

  void remove(ProcessVariable<?> variable);

  /** The case reference. */
  String businessKey();

  /** Gives the case the reference its registration chose. */
  void changeBusinessKey(String businessKey);

  String processInstanceId();

  /** The instance that called this one (a purchase order's maintien case), if any. */
  Optional<String> callingProcessInstanceId();
}
