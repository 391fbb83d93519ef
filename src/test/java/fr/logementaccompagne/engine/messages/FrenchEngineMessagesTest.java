package fr.logementaccompagne.engine.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's English messages users meet, as Camunda 7.24 words them, and what they read instead. */
class FrenchEngineMessagesTest {

  @Test
  void aConcurrentChangeAsksToReloadAndRetry() {
    assertThat(FrenchEngineMessages.inFrench("ENGINE-03005 Execution of 'UPDATE TaskEntity[abc]' failed. Entity was "
        + "updated by another transaction concurrently.")).isEqualTo("Ce dossier vient d'être modifié par quelqu'un "
        + "d'autre au même moment : rechargez la page et recommencez.");
  }

  @Test
  void aTaskClaimedByAnotherAndAMissingRight() {
    assertThat(FrenchEngineMessages.inFrench("Task '42' is already claimed by someone else."))
        .isEqualTo("Cette tâche est déjà prise en charge par quelqu'un d'autre.");
    assertThat(FrenchEngineMessages.inFrench("The user with id 'marie.visa' does not have one of the following "
        + "permissions: 'TASK_WORK' permission on resource '42' of type 'Task' or 'UPDATE' permission on resource "
        + "'42' of type 'Task'")).isEqualTo("Action non autorisée : l'utilisateur « marie.visa » n'a pas les droits "
        + "nécessaires.");
    assertThat(FrenchEngineMessages.inFrench("The user with id 'coord.metropole' does not have 'READ' permission on "
        + "resource 'access-pathway' of type 'ProcessDefinition'."))
        .startsWith("Action non autorisée : l'utilisateur « coord.metropole »");
  }

  @Test
  void aCaseThatCannotGoOnNamesTheStepAndAMissingValueItsName() {
    assertThat(FrenchEngineMessages.inFrench("ENGINE-02004 No outgoing sequence flow for the element with id "
        + "'Gateway_Eligible' could be selected for continuing the process."))
        .isEqualTo("Le dossier ne peut pas continuer après l'étape « Gateway_Eligible » : aucune des suites prévues "
            + "par le modèle ne s'applique (décision ou donnée manquante).");
    assertThat(FrenchEngineMessages.inFrench("Unknown property used in expression: ${reviewDecision == 'END'}. "
        + "Cause: Cannot resolve identifier 'reviewDecision'"))
        .isEqualTo("Donnée manquante : « reviewDecision », attendue par l'expression ${reviewDecision == 'END'}.");
  }

  @Test
  void aProjectPrefixStaysAndTheEnglishPartIsReplaced() {
    assertThat(FrenchEngineMessages.inFrench("Introuvable : Cannot find task with id 123: task is null"))
        .isEqualTo("Introuvable : tâche 123 (elle a peut-être déjà été terminée)");
    assertThat(FrenchEngineMessages.inFrench("ProcessInstance with id 'abc' is suspended."))
        .isEqualTo("Ce dossier est suspendu : aucune action n'est possible avant sa reprise.");
  }

  @Test
  void anUnknownOrFrenchMessageIsLeftAsWritten() {
    assertThat(FrenchEngineMessages.inFrench("ENGINE-13005 Starting the job executor failed."))
        .isEqualTo("ENGINE-13005 Starting the job executor failed.");
    assertThat(FrenchEngineMessages.inFrench("Ce ménage a déjà un dossier ouvert"))
        .isEqualTo("Ce ménage a déjà un dossier ouvert");
    assertThat(FrenchEngineMessages.inFrench(null)).isNull();
  }
}
