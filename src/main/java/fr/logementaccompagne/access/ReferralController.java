package fr.logementaccompagne.access;

import fr.logementaccompagne.process.access.AccessPathway;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.access.ReferralIntake;

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
@Tag(name = "Access pathway", description = "Partners' referrals of priority households")
public class ReferralController {

  private final ReferralIntake intake;
  private final ReferralValidator validator;

  public ReferralController(ReferralIntake intake, ReferralValidator validator) {
    this.intake = intake;
    this.validator = validator;
  }

  @Schema(description = "A partner's referral of a priority household")
  public record ReferralRequest(
      @Schema(example = "MEN-2026-0042", description = "3 to 40 of A-Z 0-9 -") String householdReference,
      @Schema(example = "VISA") String partnerCode,
      @Schema(example = "LILLE") String territoryCode,
      @Schema(example = "3", minimum = "1", maximum = "12") Integer householdSize,
      @Schema(example = "1", minimum = "0", maximum = "11") Integer dependants,
      @Schema(example = "14500") BigDecimal annualResourcesEur,
      @Schema(example = "[\"LEAVING_SHELTER\"]") List<String> priorityCategories,
      Boolean needsMotorAdaptedDwelling,
      Boolean consentToAccompaniment,
      @Schema(example = "CHRS_HORS_LES_MURS") String programmeCode) {

    Referral toReferral() {
      return new Referral(householdReference, partnerCode, territoryCode, householdSize, dependants,
          annualResourcesEur, priorityCategories == null ? List.of()
              : priorityCategories.stream().filter(Objects::nonNull).toList(),
          Boolean.TRUE.equals(needsMotorAdaptedDwelling), Boolean.TRUE.equals(consentToAccompaniment),
          programmeCode == null || programmeCode.isBlank() ? null : programmeCode);
    }

    /**
     * What the API requires beyond the referral's rules: every field but the programme and the motor-adapted need
     * (absent: no need), and no null code. Consent is never presumed, not even refused: it must be said.
     */
    Map<String, String> missingValues() {
      Map<String, String> errors = new LinkedHashMap<>();
      if (dependants == null) {
        errors.put(Vars.DEPENDANTS, "obligatoire : entre 0 et 11, et inférieur à la taille du ménage");
      }
      if (consentToAccompaniment == null) {
        errors.put(Vars.CONSENT_TO_ACCOMPANIMENT, "obligatoire : true ou false");
      }
      if (priorityCategories != null && priorityCategories.contains(null)) {
        errors.put(Vars.PRIORITY_CATEGORIES, "code null dans la liste");
      }
      return errors;
    }
  }

  @PostMapping("/api/referrals")
  @Operation(summary = "Refer a household to the access pathway", responses = {
      @ApiResponse(responseCode = "201", description = "Case opened"),
      @ApiResponse(responseCode = "400", description = "Bad fields, each listed under errors; nothing created"),
      @ApiResponse(responseCode = "403", description = "A partner referring for another partner"),
      @ApiResponse(responseCode = "409", description = "The household already has an open access pathway"),
      @ApiResponse(responseCode = "422", description = "Unknown partner, territory or programme")})
  public ResponseEntity<StartedCase> refer(@RequestBody ReferralRequest request) {
    Map<String, String> missing = request.missingValues();
    if (!missing.isEmpty()) {
      Map<String, String> errors = new LinkedHashMap<>(validator.formErrors(request.toReferral()));
      errors.putAll(missing);
      throw new InvalidRequestException(errors);
    }
    StartedCase started = intake.refer(request.toReferral());
    return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + started.processInstanceId()))
        .body(started);
  }
}
