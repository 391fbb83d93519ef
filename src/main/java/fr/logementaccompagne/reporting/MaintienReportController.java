package fr.logementaccompagne.reporting;

import fr.logementaccompagne.security.CallerRights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Yearly figures of the maintien programme for the landlord's steering: outcomes, evictions avoided, spending. */
@RestController
@Tag(name = "Reporting", description = "Programme figures for managers")
public class MaintienReportController {

  private final JdbcClient jdbc;
  private final CallerRights rights;
  private final Clock clock;

  public MaintienReportController(JdbcClient jdbc, CallerRights rights, Clock clock) {
    this.jdbc = jdbc;
    this.rights = rights;
    this.clock = clock;
  }

  public record Figures(int year, Map<String, Integer> casesByOutcome, Map<String, Integer> finalOutcomes,
                        int evictionsAvoided, BigDecimal committedEur, LitigationFigures litigation) {
  }

  /** The litigation commissions whose session falls in the year: files examined and decisions by kind. */
  public record LitigationFigures(int commissionsHeld, int filesExamined, Map<String, Integer> decisions) {
  }

  @GetMapping("/api/reports/maintien")
  @Operation(summary = "Maintien cases closed in a year by outcome; evictions avoided = tenancies maintained")
  public Figures figures(@RequestParam(required = false) Integer year) {
    rights.requireLandlordStaff();
    int chosen = year == null ? Year.now(clock).getValue() : year;
    Map<String, Integer> outcomes = countBy("outcome", chosen);
    Map<String, Integer> finals = countBy("final_outcome", chosen);
    BigDecimal committed = jdbc.sql("SELECT COALESCE(MAX(committed_eur), 0) FROM budget_envelope WHERE budget_year = :year")
        .param("year", chosen).query(BigDecimal.class).single();
    return new Figures(chosen, outcomes, finals, finals.getOrDefault("MAINTAINED", 0), committed,
        litigation(chosen));
  }

  private LitigationFigures litigation(int year) {
    int held = jdbc.sql("""
            SELECT COUNT(*) FROM litigation_commission
            WHERE held_at IS NOT NULL AND EXTRACT(YEAR FROM session_date) = :year""")
        .param("year", year).query(Integer.class).single();
    Map<String, Integer> decisions = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT f.decision AS code, COUNT(*) AS n FROM litigation_file f
            JOIN litigation_commission c ON c.id = f.commission_id
            WHERE f.on_agenda = TRUE AND f.decision IS NOT NULL AND EXTRACT(YEAR FROM c.session_date) = :year
            GROUP BY f.decision ORDER BY f.decision""")
        .param("year", year)
        .query((rs, row) -> decisions.put(rs.getString("code"), rs.getInt("n"))).list();
    return new LitigationFigures(held, decisions.values().stream().mapToInt(Integer::intValue).sum(), decisions);
  }

  private Map<String, Integer> countBy(String column, int year) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.sql("SELECT " + column + " AS code, COUNT(*) AS n FROM pathway_case"
            + " WHERE pathway = 'MAINTIEN' AND closed_at IS NOT NULL AND " + column + " IS NOT NULL"
            + " AND EXTRACT(YEAR FROM closed_at) = :year GROUP BY " + column + " ORDER BY " + column)
        .param("year", year)
        .query((rs, row) -> counts.put(rs.getString("code"), rs.getInt("n"))).list();
    return counts;
  }
}
