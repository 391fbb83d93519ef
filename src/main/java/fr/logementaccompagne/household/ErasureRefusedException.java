package fr.logementaccompagne.household;

import fr.logementaccompagne.refusal.Refusal;

/** A household with a case still open cannot be erased (HTTP 409). */
public class ErasureRefusedException extends RuntimeException implements Refusal {

  public ErasureRefusedException(String message) {
    super(message);
  }
}
