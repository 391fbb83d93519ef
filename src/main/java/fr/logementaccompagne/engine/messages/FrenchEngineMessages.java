package fr.logementaccompagne.engine.messages;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's own messages that caseworkers and managers meet (Tasklist's notification of a refused claim or
 * completion, Cockpit's incidents), in French (issue 9). The engine words them in English, often after a code
 * ({@code ENGINE-03005 Execution of ... failed}); each known wording is replaced where it appears, code included,
 * so that a French prefix of the project ("Introuvable : ...") stays. An unknown message is left as the engine
 * wrote it: a developer reads it in the log with its code.
 */
public final class FrenchEngineMessages {

  private static final String CODE = "(?:ENGINE-\\d{5} )?";

  private record Wording(Pattern english, Function<MatchResult, String> french) {
  }

  private static final List<Wording> WORDINGS = List.of(
      wording("Execution of '[^']*' failed\\. Entity was updated by another transaction concurrently\\.",
          m -> "Ce dossier vient d'être modifié par quelqu'un d'autre au même moment : rechargez la page et "
              + "recommencez."),
      wording("Task '([^']*)' is already claimed by someone else\\.",
          m -> "Cette tâche est déjà prise en charge par quelqu'un d'autre."),
      wording("The user with id '([^']*)' does not have (?:one of the following permissions: )?.*",
          m -> "Action non autorisée : l'utilisateur « " + m.group(1) + " » n'a pas les droits nécessaires."),
      wording("No outgoing sequence flow for the element with id '([^']*)' could be selected for continuing the "
              + "process\\.",
          m -> "Le dossier ne peut pas continuer après l'étape « " + m.group(1) + " » : aucune des suites prévues "
              + "par le modèle ne s'applique (décision ou donnée manquante)."),
      wording("No conditional sequence flow leaving the Flow Node '([^']*)' could be selected for continuing the "
              + "process\\.",
          m -> "Le dossier ne peut pas continuer après l'étape « " + m.group(1) + " » : aucune des suites prévues "
              + "par le modèle ne s'applique (décision ou donnée manquante)."),
      wording("Unknown property used in expression: (.*)\\. Cause: Cannot resolve identifier '([^']*)'",
          m -> "Donnée manquante : « " + m.group(2) + " », attendue par l'expression " + m.group(1) + "."),
      wording("Cannot find task with id ([^\\s:]+)(?:: task is null)?",
          m -> "tâche " + m.group(1) + " (elle a peut-être déjà été terminée)"),
      wording("task ([^\\s]+) doesn't exist: task is null",
          m -> "tâche " + m.group(1) + " (elle a peut-être déjà été terminée)"),
      wording("(?:ProcessInstance|Task|Job|ProcessDefinition) with id '([^']*)' is suspended\\.?",
          m -> "Ce dossier est suspendu : aucune action n'est possible avant sa reprise."),
      wording("no deployed process definition found with id '([^']*)'",
          m -> "Aucun processus déployé ne porte l'identifiant « " + m.group(1) + " »."),
      wording("no processes deployed with key '([^']*)'",
          m -> "Aucun processus déployé sous la clé « " + m.group(1) + " ».")
  );

  private FrenchEngineMessages() {
  }

  private static Wording wording(String english, Function<MatchResult, String> french) {
    return new Wording(Pattern.compile(CODE + english), french);
  }

  /** The message with every known English wording replaced by its French one; null stays null. */
  public static String inFrench(String message) {
    if (message == null) {
      return null;
    }
    String result = message;
    for (Wording wording : WORDINGS) {
      Matcher matcher = wording.english().matcher(result);
      if (matcher.find()) {
        result = matcher.replaceAll(match -> Matcher.quoteReplacement(wording.french().apply(match)));
      }
    }
    return result;
  }
}
