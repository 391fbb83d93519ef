package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_PerformDiagnostic}: the need codes go to the household's file in the domain
 * store, readable by the roles that need them only, and the five difficulty levels become one total for the
 * price scale. None of them stays a process variable, and {@code SensitiveVariableHistory} keeps them out of
 * the engine's history (GDPR art. 9).
 */
@Component("diagnosticRecording")
public class DiagnosticRecordingStep implements ProcessStep {

  private final DiagnosticRecordingService diagnostics;

  public DiagnosticRecordingStep(DiagnosticRecordingService diagnostics) {
    this.diagnostics = diagnostics;
  }

  @Override
  public void execute(StepContext step) {
    int total = diagnostics.record(step.get(Typed.HOUSEHOLD_ID),
        Objects.requireNonNullElse(step.get(Typed.NEED_CODES), List.of()),
        Typed.DIFFICULTIES.stream().map(step::get).toList());
    step.set(Typed.DIFFICULTY_TOTAL, total);
    step.remove(Typed.NEED_CODES);
    Typed.DIFFICULTIES.forEach(step::remove);
  }
}
