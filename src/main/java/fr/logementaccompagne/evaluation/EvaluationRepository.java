package fr.logementaccompagne.evaluation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Joint reviews of a case with their indicators. */
@Repository
public class EvaluationRepository {

  private static final String COLUMNS = Arrays.stream(Indicator.values()).map(Indicator::column)
      .collect(Collectors.joining(", "));
  private static final String PARAMETERS = Arrays.stream(Indicator.values()).map(i -> ":" + i.column())
      .collect(Collectors.joining(", "));

  private final JdbcClient jdbc;

  public EvaluationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String caseReference, LocalDate on, String contractStatus, String decision,
                     Map<Indicator, Indicator.Level> levels) {
    var statement = jdbc.sql("INSERT INTO evaluation (case_reference, evaluated_on, contract_status, decision, "
            + COLUMNS + ") VALUES (:case, :on, :status, :decision, " + PARAMETERS + ")")
        .param("case", caseReference).param("on", on).param("status", contractStatus).param("decision", decision);
    for (Indicator indicator : Indicator.values()) {
      statement = statement.param(indicator.column(), levels.get(indicator).name());
    }
    statement.update();
  }

  public List<Map<String, Object>> ofCase(String caseReference) {
    return jdbc.sql("SELECT * FROM evaluation WHERE case_reference = :case ORDER BY evaluated_on, id")
        .param("case", caseReference).query().listOfRows();
  }
}
