package fr.logementaccompagne.engine.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.junit.jupiter.api.Test;

/** Which commands {@link FailureRecordingRetry} tries again, and how often. */
class FailureRecordingRetryTest {

  static final RuntimeException DATABASE_AWAY = new ProcessEngineException("cut",
      new SQLException("An I/O error occurred while sending to the backend.", "08006"));
  static final RuntimeException REFUSED = new ProcessEngineException("ENGINE-03005 refused");

  final AtomicInteger runs = new AtomicInteger();

  @Test
  void aFailureRecordingThatMeetsTheDatabaseAwayIsTriedAgainUntilItWorks() {
    FailureRecordingRetry retry = chain(DATABASE_AWAY, DATABASE_AWAY);
    retry.execute(new FailedJobListener(null, null));
    assertThat(runs).as("two failed attempts, then the recording").hasValue(3);
  }

  @Test
  void afterThreeAttemptsTheFailureGoesUp() {
    FailureRecordingRetry retry = chain(DATABASE_AWAY, DATABASE_AWAY, DATABASE_AWAY);
    assertThatThrownBy(() -> retry.execute(new FailedJobListener(null, null))).isSameAs(DATABASE_AWAY);
    assertThat(runs).hasValue(FailureRecordingRetry.ATTEMPTS);
  }

  @Test
  void anotherFailureOfTheRecordingIsNotTriedAgain() {
    FailureRecordingRetry retry = chain(REFUSED);
    assertThatThrownBy(() -> retry.execute(new FailedJobListener(null, null))).isSameAs(REFUSED);
    assertThat(runs).hasValue(1);
  }

  @Test
  void anyOtherCommandIsRunOnceWhateverItsFailure() {
    FailureRecordingRetry retry = chain(DATABASE_AWAY);
    Command<String> work = commandContext -> "done";
    assertThatThrownBy(() -> retry.execute(work)).isSameAs(DATABASE_AWAY);
    assertThat(runs).hasValue(1);
  }

  /** The interceptor before a next one that fails with these, in turn, then works. */
  private FailureRecordingRetry chain(RuntimeException... failures) {
    FailureRecordingRetry retry = new FailureRecordingRetry(Duration.ofMillis(1));
    retry.setNext(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        int run = runs.getAndIncrement();
        if (run < failures.length) {
          throw failures[run];
        }
        return null;
      }
    });
    return retry;
  }
}
