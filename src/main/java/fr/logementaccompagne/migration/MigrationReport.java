package fr.logementaccompagne.migration;

import java.util.List;

/**
 * The French report of a move, dry run or done: which cases can move (or moved), which cannot and why.
 *
 * @param summary one sentence for the manager, e.g. "2 dossier(s) peuvent passer à la version 2, 1 ne le peut pas"
 */
public record MigrationReport(String processKey, int toVersion, boolean executed, String summary,
                              List<CaseLine> movable, List<CaseLine> blocked) {

  /** A running case: where it stands (French step names) and, when it cannot move, why. */
  public record CaseLine(String caseReference, String processInstanceId, int fromVersion, List<String> steps,
                         List<String> reasons) {
  }
}
