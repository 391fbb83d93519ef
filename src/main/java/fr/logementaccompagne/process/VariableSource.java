package fr.logementaccompagne.process;

/** Where typed variables are read from: a running step, or the variables of a start request. */
public interface VariableSource {

  /** The variable's value as its canonical type, or null when absent ({@link ProcessVariable#read}). */
  <T> T get(ProcessVariable<T> variable);
}
