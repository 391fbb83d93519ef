package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway;

import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.maintien.AlertIntake;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Maintien pathway", description = "Rental management's alerts about tenants in difficulty")
public class AlertController {

  private static final Pattern SOURCE_ALERT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,80}");

  private final AlertIntake intake;
  private final MaintienAlertValidator validator;

  public AlertController(AlertIntake intake, MaintienAlertValidator validator) {
    this.intake = intake;
    this.validator = validator;
  }

  @Schema(description = "An alert about a tenant in difficulty")
  public record AlertRequest(
      @Schema(example = "LOC-2026-0815") String householdReference,
      @Schema(example = "DOU-STD-01") String dwellingReference,
      @Schema(example = "DOUAI") String territoryCode,
      @Schema(example = "1250.50") BigDecimal arrearsAmountEur,
      @Schema(example = "3") Integer arrearsMonths,
      @Schema(example = "[\"ARREARS\"]") List<String> troubleKinds,
      @Schema(description = "The rental-management system's own id of the alert: the same id again returns the same"
          + " case", example = "GL-2026-118842") String sourceAlertId) {

    MaintienAlert toAlert() {
      return new MaintienAlert(householdReference, dwellingReference, territoryCode, arrearsAmountEur,
          arrearsMonths, troubleKinds == null ? List.of() : troubleKinds.stream().filter(Objects::nonNull).toList());
    }
  }

  @PostMapping("/api/maintien/alerts")
  @Operation(summary = "Open a maintien case from a rental-management alert", responses = {
      @ApiResponse(responseCode = "201", description = "Case opened"),
      @ApiResponse(responseCode = "200", description = "This sourceAlertId was already received: its case, unchanged"),
      @ApiResponse(responseCode = "400", description = "Bad fields, each listed under errors; nothing created"),
      @ApiResponse(responseCode = "403", description = "Caller is not the agency of that territory"),
      @ApiResponse(responseCode = "409", description = "The household already has an open maintien case, opened by"
          + " another alert"),
      @ApiResponse(responseCode = "422", description = "Unknown territory or dwelling")})
  public ResponseEntity<StartedCase> raise(@RequestBody AlertRequest request) {
    if (request.troubleKinds() != null && request.troubleKinds().contains(null)) {
      Map<String, String> errors = new LinkedHashMap<>(validator.formErrors(request.toAlert()));
      errors.put(Vars.TROUBLE_KINDS, "code null dans la liste");
      throw new InvalidRequestException(errors);
    }
    if (request.sourceAlertId() != null && !SOURCE_ALERT_ID.matcher(request.sourceAlertId()).matches()) {
      throw new InvalidRequestException(Map.of("sourceAlertId", "1 à 80 caractères parmi A-Z, a-z, 0-9, . _ : -"));
    }
    var alreadyReceived = intake.alreadyReceived(request.toAlert(), request.sourceAlertId());
    if (alreadyReceived.isPresent()) {
      return ResponseEntity.ok(alreadyReceived.get());
    }
    StartedCase started;
    try {
      started = intake.raise(request.toAlert(), request.sourceAlertId());
    } catch (DuplicateOpenCaseException e) {
      // the same alert sent twice at once: the first one's case
      started = intake.alreadyReceived(request.toAlert(), request.sourceAlertId()).orElseThrow(() -> e);
      return ResponseEntity.ok(started);
    }
    return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + started.processInstanceId()))
        .body(started);
  }
}
