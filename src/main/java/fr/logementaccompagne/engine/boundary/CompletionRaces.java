package fr.logementaccompagne.engine.boundary;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Gives the loser of two completions of one task a clear answer. The engine fails the loser in whatever way the
 * winner's commit caught it (an optimistic locking failure, a refusal because the task's grants left with it, a
 * null execution): when the completion failed and the task has meanwhile ended, the answer is
 * {@link TaskAlreadyCompletedException}; any other failure stays what it was.
 */
class CompletionRaces {

  private final ProcessEngineConfigurationImpl configuration;

  CompletionRaces(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  <T> T complete(String taskId, Supplier<T> completion) {
    try {
      return completion.get();
    } catch (RuntimeException failure) {
      if (taskId != null && !(failure instanceof TaskAlreadyCompletedException) && ended(taskId)) {
        throw new TaskAlreadyCompletedException(failure);
      }
      throw failure;
    }
  }

  void complete(String taskId, Runnable completion) {
    complete(taskId, () -> {
      completion.run();
      return null;
    });
  }

  /** Gone from the runtime but in the history: ended (in a new transaction, the failed one may be rolling back). */
  private boolean ended(String taskId) {
    return configuration.getCommandExecutorTxRequiresNew().execute(context -> context.runWithoutAuthorization(() ->
        context.getTaskManager().findTaskById(taskId) == null
            && context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null));
  }
}
