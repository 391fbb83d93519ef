package fr.logementaccompagne.engine.resilience;

import fr.logementaccompagne.resilience.DatabaseFaults;
import java.time.Duration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;

/**
 * The engine records a job's failure in a transaction of its own. When the job failed because its connection was cut,
 * the pool may still hold other connections killed by the same cut, and HikariCP hands out one used in the last
 * 500 ms without checking it: the recording fails too, and the job then waits for its lock to expire before it runs
 * again. A recording that fails because the database is away is therefore tried again after a pause longer than that
 * window, when the pool checks every connection it hands out. If the database is really away, the last attempt's
 * failure goes up as before and the job runs again once its lock expires.
 */
class FailureRecordingRetry extends CommandInterceptor {

  static final int ATTEMPTS = 3;
  static final Duration PAUSE = Duration.ofSeconds(1);

  private final Duration pause;

  FailureRecordingRetry(Duration pause) {
    this.pause = pause;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof FailedJobListener)) {
      return next.execute(command);
    }
    for (int attempt = 1;; attempt++) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        if (attempt == ATTEMPTS || !DatabaseFaults.isUnavailable(failure)) {
          throw failure;
        }
        pause(failure);
      }
    }
  }

  private void pause(RuntimeException failure) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }
}
