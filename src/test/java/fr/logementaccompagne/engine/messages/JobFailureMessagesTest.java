package fr.logementaccompagne.engine.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** A failed job's message as Cockpit shows it: French whatever threw it, the thrown exception kept as the cause. */
class JobFailureMessagesTest {

  @Test
  void theProjectsOwnFrenchFailureIsKeptAsThrown() {
    IllegalStateException own = new IllegalStateException("Commande du lot 2 sans montant");

    assertThat(JobFailureMessages.inFrench(own)).isSameAs(own);
  }

  @Test
  void theProjectsFailureInsideALibrarysWrapperIsWhatPeopleRead() throws Exception {
    Throwable wrapped = catchThrowable(() -> getClass().getDeclaredMethod("failInFrench").invoke(null));
    assertThat(wrapped).isInstanceOf(InvocationTargetException.class).hasMessage(null);

    Throwable recorded = JobFailureMessages.inFrench(wrapped);

    assertThat(recorded).hasMessage("Le logement LIL-01 est déjà attribué").hasCause(wrapped);
  }

  @Test
  void aKnownEngineWordingIsTranslated() {
    RuntimeException engine = new RuntimeException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[42]' failed. "
        + "Entity was updated by another transaction concurrently.");

    assertThat(JobFailureMessages.inFrench(engine).getMessage()).startsWith("Ce dossier vient d'être modifié");
  }

  @Test
  void aLibrarysOrABugsExceptionIsNamedInFrenchWithTheOriginalAsCause() {
    Throwable library = catchThrowable(() -> new ArrayList<String>().get(0));

    Throwable recorded = JobFailureMessages.inFrench(library);

    assertThat(recorded.getMessage()).isEqualTo("Erreur technique inattendue (IndexOutOfBoundsException) : "
        + "l'étape n'a pas abouti. L'équipe informatique trouve le détail dans la trace d'erreur du job.");
    assertThat(recorded).hasCause(library);
  }

  @Test
  void theDatabaseAwaySaysTheStepWillBeTakenUpAgain() {
    Throwable away = new RuntimeException("could not open JDBC connection",
        new SQLException("Connection refused", "08001"));

    assertThat(JobFailureMessages.inFrench(away).getMessage()).isEqualTo(JobFailureMessages.DATABASE_AWAY);
  }

  @SuppressWarnings("unused")
  private static void failInFrench() {
    throw new IllegalStateException("Le logement LIL-01 est déjà attribué");
  }
}
