package fr.logementaccompagne.reporting;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.security.CallerRights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme's figures for people and programs: JSON, or one table as CSV for a spreadsheet
 * ({@code Accept: text/csv} and {@code ?table=}), in the caller's scope (docs/adr/0021).
 */
@RestController
@Tag(name = "Reporting", description = "Programme figures for managers")
public class ProgrammeReportController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final ProgrammeReports reports;
  private final CallerRights rights;
  private final Clock clock;

  public ProgrammeReportController(ProgrammeReports reports, CallerRights rights, Clock clock) {
    this.reports = reports;
    this.rights = rights;
    this.clock = clock;
  }

  @GetMapping(path = "/api/reports/programme", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The year's programme figures (default: this year), one table per figure, in the caller's"
      + " scope: managers all, a coordinator its basin, an agency its territory, a partner its own cases")
  public ProgrammeReport json(@RequestParam(required = false) Integer year) {
    return reports.of(chosen(year), rights.caller());
  }

  @GetMapping(path = "/api/reports/programme", produces = "text/csv")
  @Operation(summary = "One table of the year's figures as CSV (?table=quotas, households_by_status, ...): UTF-8"
      + " with BOM, ';' separator, French headers, dates dd/mm/yyyy")
  public ResponseEntity<String> csv(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String table) {
    ProgrammeReport report = reports.of(chosen(year), rights.caller());
    String ids = report.tables().stream().map(ReportTable::id).collect(Collectors.joining(", "));
    if (table == null || table.isBlank()) {
      throw new InvalidRequestException(Map.of("table", "Choisissez un tableau (?table=) parmi : " + ids));
    }
    ReportTable chosen = report.table(table).orElseThrow(() -> new InvalidRequestException(Map.of("table",
        "Tableau inconnu ou hors de votre périmètre : " + table + " (tableaux : " + ids + ")")));
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"programme-" + report.year() + "-"
            + chosen.id() + ".csv\"")
        .body(CsvTable.of(chosen));
  }

  private int chosen(Integer year) {
    int current = Year.now(clock).getValue();
    if (year != null && (year < 2000 || year > current + 1)) {
      throw new InvalidRequestException(Map.of("year", "Année hors limites : " + year));
    }
    return year == null ? current : year;
  }
}
