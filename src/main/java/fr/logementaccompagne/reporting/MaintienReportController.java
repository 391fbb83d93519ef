package fr.logementaccompagne.reporting;

import fr.logementaccompagne.security.CallerRights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Yearly figures of the maintien programme for the landlord's steering: outcomes, evictions avoided, spending. */
@RestController
@Tag(name = "Reporting", description = "Programme figures for managers")
public class MaintienReportController {

  private final MaintienReportRepository rows;
  private final CallerRights rights;
  private final Clock clock;

  public MaintienReportController(MaintienReportRepository rows, CallerRights rights, Clock clock) {
    this.rows = rows;
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
    Map<String, Integer> outcomes = rows.closedCasesBy("outcome", chosen);
    Map<String, Integer> finals = rows.closedCasesBy("final_outcome", chosen);
    BigDecimal committed = rows.committedEur(chosen);
    return new Figures(chosen, outcomes, finals, finals.getOrDefault("MAINTAINED", 0), committed,
        litigation(chosen));
  }

  private LitigationFigures litigation(int year) {
    Map<String, Integer> decisions = rows.litigationDecisions(year);
    return new LitigationFigures(rows.commissionsHeld(year), decisions.values().stream().mapToInt(Integer::intValue)
        .sum(), decisions);
  }
}
