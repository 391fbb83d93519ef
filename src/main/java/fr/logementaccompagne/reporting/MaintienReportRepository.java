package fr.logementaccompagne.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the maintien report, by year: closed cases, the envelope committed, the commissions. */
@Repository
public class MaintienReportRepository {

  private final JdbcClient jdbc;

  public MaintienReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public BigDecimal committedEur(int year) {
    return jdbc.sql("SELECT COALESCE(MAX(committed_eur), 0) FROM budget_envelope WHERE budget_year = :year")
        .param("year", year).query(BigDecimal.class).single();
  }

  public int commissionsHeld(int year) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM litigation_commission
            WHERE held_at IS NOT NULL AND EXTRACT(YEAR FROM session_date) = :year""")
        .param("year", year).query(Integer.class).single();
  }

  /** The decisions of the year's commissions on the files of their agendas, by decision. */
  public Map<String, Integer> litigationDecisions(int year) {
    Map<String, Integer> decisions = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT f.decision AS code, COUNT(*) AS n FROM litigation_file f
            JOIN litigation_commission c ON c.id = f.commission_id
            WHERE f.on_agenda = TRUE AND f.decision IS NOT NULL AND EXTRACT(YEAR FROM c.session_date) = :year
            GROUP BY f.decision ORDER BY f.decision""")
        .param("year", year)
        .query((rs, row) -> decisions.put(rs.getString("code"), rs.getInt("n"))).list();
    return decisions;
  }

  /** Maintien cases closed in the year by the value of one column ({@code outcome}, {@code final_outcome}). */
  public Map<String, Integer> closedCasesBy(String column, int year) {
    if (!column.equals("outcome") && !column.equals("final_outcome")) {
      throw new IllegalArgumentException(column);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.sql("SELECT " + column + " AS code, COUNT(*) AS n FROM pathway_case"
            + " WHERE pathway = 'MAINTIEN' AND closed_at IS NOT NULL AND " + column + " IS NOT NULL"
            + " AND EXTRACT(YEAR FROM closed_at) = :year GROUP BY " + column + " ORDER BY " + column)
        .param("year", year)
        .query((rs, row) -> counts.put(rs.getString("code"), rs.getInt("n"))).list();
    return counts;
  }
}
