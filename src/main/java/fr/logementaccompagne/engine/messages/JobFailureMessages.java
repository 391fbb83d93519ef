package fr.logementaccompagne.engine.messages;

import fr.logementaccompagne.resilience.DatabaseFaults;
import java.util.Objects;

/**
 * What a failed job says in Cockpit, in French: its exception message (the jobs tab) and the incident the last
 * failure opens. The project's own steps already fail in French (ADR 20), so their message is kept; the engine's
 * known wordings are translated ({@link FrenchEngineMessages}); anything else (a library's exception, a bug) is
 * named in French by its kind. The original exception stays the cause, so the job's stack trace keeps the
 * technical detail for developers.
 */
public final class JobFailureMessages {

  private static final String PROJECT = "fr.logementaccompagne.";

  static final String DATABASE_AWAY = "La base de données n'a pas répondu : l'étape sera reprise automatiquement.";

  private JobFailureMessages() {
  }

  /** The failure to record: the same one when its message is already the French one, else a French wrapper. */
  public static Throwable inFrench(Throwable failure) {
    String french = wording(failure);
    return Objects.equals(french, failure.getMessage()) ? failure : new FailedStepException(french, failure);
  }

  static String wording(Throwable failure) {
    if (DatabaseFaults.isUnavailable(failure)) {
      return DATABASE_AWAY;
    }
    String message = failure.getMessage();
    String translated = FrenchEngineMessages.inFrench(message);
    if (!Objects.equals(translated, message)) {
      return translated;
    }
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 20; cause = cause.getCause(), depth++) {
      if (thrownByTheProject(cause) && cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return FrenchEngineMessages.inFrench(cause.getMessage());
      }
    }
    return "Erreur technique inattendue (" + failure.getClass().getSimpleName() + ") : l'étape n'a pas abouti. "
        + "L'équipe informatique trouve le détail dans la trace d'erreur du job.";
  }

  private static boolean thrownByTheProject(Throwable failure) {
    StackTraceElement[] trace = failure.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith(PROJECT);
  }

  /** A failed step as people read it; its cause is what was thrown. */
  static final class FailedStepException extends RuntimeException {

    FailedStepException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
