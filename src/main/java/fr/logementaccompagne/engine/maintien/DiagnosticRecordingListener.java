package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.engine.workflow.VariableValues;
import fr.logementaccompagne.maintien.DiagnosticRecordingService;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_PerformDiagnostic}: the need codes go to the household's file in the domain
 * store, readable by the roles that need them only, and the five difficulty levels become one total for the
 * price scale. None of them stays a process variable, and {@code SensitiveVariableHistory} keeps them out of
 * the engine's history (GDPR art. 9).
 */
@Component("diagnosticRecording")
public class DiagnosticRecordingListener implements TaskListener {

  private final DiagnosticRecordingService diagnostics;

  public DiagnosticRecordingListener(DiagnosticRecordingService diagnostics) {
    this.diagnostics = diagnostics;
  }

  @Override
  public void notify(DelegateTask task) {
    int total = diagnostics.record(VariableValues.string(task.getVariable(Vars.HOUSEHOLD_ID)),
        VariableValues.stringList(task.getVariable(Vars.NEED_CODES)),
        Vars.DIFFICULTIES.stream().map(name -> VariableValues.integer(task.getVariable(name))).toList());
    var execution = task.getExecution();
    execution.setVariable(Vars.DIFFICULTY_TOTAL, total);
    execution.removeVariable(Vars.NEED_CODES);
    Vars.DIFFICULTIES.forEach(execution::removeVariable);
  }
}
