package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.maintien.AlertIntake;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Maintien pathway", description = "Rental management's alerts about tenants in difficulty")
public class AlertController {

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
      @Schema(example = "[\"ARREARS\"]") List<String> troubleKinds) {

    MaintienAlert toAlert() {
      return new MaintienAlert(householdReference, dwellingReference, territoryCode, arrearsAmountEur,
          arrearsMonths, troubleKinds == null ? List.of() : troubleKinds.stream().filter(Objects::nonNull).toList());
    }
  }

  @PostMapping("/api/maintien/alerts")
  @Operation(summary = "Open a maintien case from a rental-management alert", responses = {
      @ApiResponse(responseCode = "201", description = "Case opened"),
      @ApiResponse(responseCode = "400", description = "Bad fields, each listed under errors; nothing created"),
      @ApiResponse(responseCode = "403", description = "Caller is not the agency of that territory"),
      @ApiResponse(responseCode = "409", description = "The household already has an open maintien case"),
      @ApiResponse(responseCode = "422", description = "Unknown territory or dwelling")})
  public ResponseEntity<StartedCase> raise(@RequestBody AlertRequest request) {
    if (request.troubleKinds() != null && request.troubleKinds().contains(null)) {
      Map<String, String> errors = new LinkedHashMap<>(validator.formErrors(request.toAlert()));
      errors.put(Vars.TROUBLE_KINDS, "code null dans la liste");
      throw new InvalidRequestException(errors);
    }
    StartedCase started = intake.raise(request.toAlert());
    return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + started.processInstanceId()))
        .body(started);
  }
}
