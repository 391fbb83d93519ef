package fr.logementaccompagne.household;

import fr.logementaccompagne.jdbc.RecordRows;
import fr.logementaccompagne.security.CaseScope;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accompaniment measures of households: the programme's own and the common-law ones partners declare. */
@Repository
public class AccompanimentMeasureRepository {

  public static final String INTERNAL = "INTERNAL";
  public static final String DECLARED = "DECLARED";

  private final JdbcClient jdbc;

  public AccompanimentMeasureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Measure(String kind, String provider, String source, LocalDate startDate, LocalDate endDate) {
  }

  public void open(long householdId, MeasureKind kind, String provider, String source, LocalDate start,
                   LocalDate end, String caseReference) {
    jdbc.sql("""
            INSERT INTO accompaniment_measure (household_id, kind, provider, source, start_date, end_date,
                                               case_reference)
            VALUES (:household, :kind, :provider, :source, :start, :end, :case)""")
        .param("household", householdId).param("kind", kind.name()).param("provider", provider)
        .param("source", source).param("start", start).param("end", end).param("case", caseReference)
        .update();
  }

  /** Ends the case's measures still running (of one kind, or all when kind is null). */
  public void closeOpenOfCase(String caseReference, MeasureKind kind, LocalDate end) {
    jdbc.sql("""
            UPDATE accompaniment_measure SET end_date = :end
            WHERE case_reference = :case AND end_date IS NULL
              AND (CAST(:kind AS VARCHAR(40)) IS NULL OR kind = :kind)""")
        .param("end", end).param("case", caseReference).param("kind", kind == null ? null : kind.name())
        .update();
  }

  /** A common-law measure declared through a case: shown to whoever may see that case. */
  public void declare(long householdId, MeasureKind kind, String provider, LocalDate start, LocalDate end,
                      String declaredInCase) {
    jdbc.sql("""
            INSERT INTO accompaniment_measure (household_id, kind, provider, source, start_date, end_date,
                                               declared_in_case)
            VALUES (:household, :kind, :provider, :source, :start, :end, :case)""")
        .param("household", householdId).param("kind", kind.name()).param("provider", provider)
        .param("source", DECLARED).param("start", start).param("end", end).param("case", declaredInCase)
        .update();
  }

  /**
   * The household's measures of the cases in the caller's scope. A measure tied to no case (declared by an
   * administrator, or before measures were tied to cases) is shown to those who see every case only.
   */
  public List<Measure> ofHousehold(String householdReference, CaseScope.Condition scope) {
    return jdbc.sql("""
            SELECT m.kind, m.provider, m.source, m.start_date, m.end_date
            FROM accompaniment_measure m JOIN household h ON h.id = m.household_id
            LEFT JOIN pathway_case pc ON pc.case_reference = COALESCE(m.case_reference, m.declared_in_case)
            WHERE h.reference = :household
              AND (pc.case_reference IS NULL AND (""" + (scope.isAll() ? "1 = 1" : "1 = 0") + """
            ) OR pc.case_reference IS NOT NULL AND (""" + scope.sql() + """
            )) ORDER BY m.start_date, m.id""")
        .param("household", householdReference).params(scope.params()).query(RecordRows.of(Measure.class)).list();
  }

  public List<Measure> ofHousehold(String householdReference) {
    return jdbc.sql("""
            SELECT m.kind, m.provider, m.source, m.start_date, m.end_date
            FROM accompaniment_measure m JOIN household h ON h.id = m.household_id
            WHERE h.reference = :household
            ORDER BY m.start_date, m.id""")
        .param("household", householdReference).query(RecordRows.of(Measure.class)).list();
  }
}
