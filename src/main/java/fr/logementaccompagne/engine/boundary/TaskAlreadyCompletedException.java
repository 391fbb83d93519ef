package fr.logementaccompagne.engine.boundary;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The loser of two completions of one task: the other completion ended the task first (HTTP 409). Whatever the
 * engine failed on meanwhile (optimistic locking, the task's grants already gone, its execution already moved on)
 * is kept as the cause, for the log.
 */
public class TaskAlreadyCompletedException extends ProcessEngineException {

  public static final String MESSAGE = "Tâche déjà terminée";

  TaskAlreadyCompletedException(Throwable cause) {
    super(MESSAGE, cause);
  }
}
