package fr.logementaccompagne.pathway;

import fr.logementaccompagne.overlap.OverlapRepository;
import fr.logementaccompagne.process.CaseVariables;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckOverlap} of both pathways: sets {@code overlapFound} and a French summary for the
 * coordinator when the household is already accompanied (superposition, sur-accompagnement). The query runs as
 * the system and sees every case; the summary tells only what every reader of the case may know.
 */
@Component("overlapCheck")
public class OverlapCheckStep implements ProcessStep {


  private final OverlapRepository query;
  private final Clock clock;

  public OverlapCheckStep(OverlapRepository query, Clock clock) {
    this.query = query;
    this.clock = clock;
  }

  @Override
  public void execute(StepContext step) {
    String household = step.get(CaseVariables.Typed.HOUSEHOLD_ID);
    String caseReference = step.get(CaseVariables.Typed.CASE_REFERENCE);
    var active = query.activeFor(household, caseReference, LocalDate.now(clock));
    step.set(CaseVariables.Typed.OVERLAP_FOUND, !active.isEmpty());
    step.set(CaseVariables.Typed.OVERLAP_SUMMARY, active.stream()
        .map(a -> describe(a, caseReference))
        .collect(Collectors.joining(" ; ")));
  }

  /**
   * The summary is a case variable, read by the case's partner as well as by the coordinator: another case's
   * accompaniment (maybe another partner's, maybe a psychiatric one) is told without its kind or provider. The
   * coordinator reads its details through {@code /api/households/{reference}/measures}, within its basin.
   */
  private static String describe(OverlapRepository.ActiveAccompaniment a, String caseReference) {
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
