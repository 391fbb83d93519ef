package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway;

import fr.logementaccompagne.engine.workflow.VariableValues;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_PerformDiagnostic}: the need codes go to the household's file in the domain
 * store, readable by the roles that need them only, and the five difficulty levels become one total for the
 * price scale. None of them stays a process variable, and {@code SensitiveVariableHistory} keeps them out of
 * the engine's history (GDPR art. 9).
 */
@Component("diagnosticRecording")
public class DiagnosticRecordingListener implements TaskListener {

  public static final String NEED_CODES = "needCodes";
  public static final String DIFFICULTY_TOTAL = "difficultyTotal";
  public static final List<String> DIFFICULTIES = List.of("difficultyHealth", "difficultyEmployment",
      "difficultyBehaviour", "difficultyFinances", "difficultyEnvironment");
  public static final List<String> NEED_CODE_VALUES = List.of("NEED_BUDGET_SUPPORT", "NEED_ARREARS_PLAN",
      "NEED_DWELLING_UPKEEP", "NEED_NEIGHBOURHOOD_MEDIATION", "NEED_HEALTH_ACCESS", "NEED_MENTAL_HEALTH_CARE",
      "NEED_EMPLOYMENT_SUPPORT", "NEED_RIGHTS_ACCESS");

  private final JdbcClient jdbc;

  public DiagnosticRecordingListener(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateTask task) {
    String household = VariableValues.string(task.getVariable(MaintienPathway.Vars.HOUSEHOLD_ID));
    long householdId = jdbc.sql("SELECT id FROM household WHERE reference = :reference")
        .param("reference", household).query(Long.class).single();
    for (String need : VariableValues.stringList(task.getVariable(NEED_CODES))) {
      if (NEED_CODE_VALUES.contains(need)) {
        jdbc.sql("""
                INSERT INTO household_need (household_id, need_code) SELECT :id, :need
                WHERE NOT EXISTS (SELECT 1 FROM household_need WHERE household_id = :id AND need_code = :need)""")
            .param("id", householdId).param("need", need).update();
      }
    }
    int total = DIFFICULTIES.stream()
        .mapToInt(name -> Math.max(0, Math.min(3, Objects.requireNonNullElse(
            VariableValues.integer(task.getVariable(name)), 0))))
        .sum();
    var execution = task.getExecution();
    execution.setVariable(DIFFICULTY_TOTAL, total);
    execution.removeVariable(NEED_CODES);
    DIFFICULTIES.forEach(execution::removeVariable);
  }
}
