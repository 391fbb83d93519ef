package fr.logementaccompagne.engine.pathway;

import fr.logementaccompagne.process.CaseVariables;
import fr.logementaccompagne.overlap.OverlapQuery;

import fr.logementaccompagne.engine.workflow.VariableValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckOverlap} of both pathways: sets {@code overlapFound} and a French summary for the
 * coordinator when the household is already accompanied (superposition, sur-accompagnement). The query runs as
 * the system and sees every case; the summary tells only what every reader of the case may know.
 */
@Component("overlapCheck")
public class OverlapCheckDelegate implements JavaDelegate {


  private final OverlapQuery query;
  private final Clock clock;

  public OverlapCheckDelegate(OverlapQuery query, Clock clock) {
    this.query = query;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String household = VariableValues.string(execution.getVariable(CaseVariables.HOUSEHOLD_ID));
    String caseReference = VariableValues.string(execution.getVariable(CaseVariables.CASE_REFERENCE));
    var active = query.activeFor(household, caseReference, LocalDate.now(clock));
    execution.setVariable(CaseVariables.OVERLAP_FOUND, !active.isEmpty());
    execution.setVariable(CaseVariables.OVERLAP_SUMMARY, active.stream()
        .map(a -> describe(a, caseReference))
        .collect(Collectors.joining(" ; ")));
  }

  /**
   * The summary is a case variable, read by the case's partner as well as by the coordinator: another case's
   * accompaniment (maybe another partner's, maybe a psychiatric one) is told without its kind or provider. The
   * coordinator reads its details through {@code /api/households/{reference}/measures}, within its basin.
   */
  private static String describe(OverlapQuery.ActiveAccompaniment a, String caseReference) {
    if (a.owningCase() != null && !a.owningCase().equals(caseReference)) {
      return "accompagnement en cours dans un autre dossier depuis le %s (détail auprès de la coordination)"
          .formatted(a.since());
    }
    return "%s (%s, %s) depuis le %s".formatted(a.kind(), a.provider(), label(a.source()), a.since());
  }

  private static String label(String source) {
    return switch (source) {
      case "DECLARED" -> "mesure de droit commun déclarée";
      case "INTERNAL" -> "mesure du programme";
      default -> "dossier ouvert";
    };
  }
}
