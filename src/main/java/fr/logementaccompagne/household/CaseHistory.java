package fr.logementaccompagne.household;

import java.util.List;

/** Port: the engine's record of a household's process instances, for the GDPR erasure (ADR 12). */
public interface CaseHistory {

  /** Whether any of these process instances still runs. */
  boolean anyRunning(List<String> processInstanceIds);

  /** Deletes the history of these instances and of the instances they called; returns how many were deleted. */
  int erase(List<String> processInstanceIds);
}
