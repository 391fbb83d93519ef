package fr.logementaccompagne.household;

/** A household with a case still open cannot be erased (HTTP 409). */
public class ErasureRefusedException extends RuntimeException {

  public ErasureRefusedException(String message) {
    super(message);
  }
}
