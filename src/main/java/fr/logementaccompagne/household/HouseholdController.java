package fr.logementaccompagne.household;

import fr.logementaccompagne.household.HouseholdErasure;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.refusal.NotFoundException;
import fr.logementaccompagne.household.AccompanimentMeasureRepository.Measure;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.security.CaseScope;
import fr.logementaccompagne.security.ScopeInterceptor;
import fr.logementaccompagne.security.SystemActions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/households/{householdReference}")
@Tag(name = "Households", description = "A household's contracts and accompaniment measures, those of the cases"
    + " the caller may see; a household outside the caller's scope is 404, like an unknown one")
public class HouseholdController {

  /** Measures a partner may declare: the common-law schemes; the programme's own are recorded by the pathways. */
  static final Set<MeasureKind> DECLARABLE = EnumSet.of(MeasureKind.FSL_ASLL, MeasureKind.AVDL, MeasureKind.MASP,
      MeasureKind.CHRS_OUTREACH, MeasureKind.UTPAS_FOLLOWUP, MeasureKind.OTHER_COMMON_LAW);

  private final HouseholdRepository households;
  private final AccompanimentMeasureRepository measures;
  private final CallerRights rights;
  private final CaseScope scope;
  private final HouseholdErasure erasure;
  private final SystemActions systemCalls;

  public HouseholdController(HouseholdRepository households, AccompanimentMeasureRepository measures,
                             CallerRights rights, CaseScope scope,
                             HouseholdErasure erasure, SystemActions systemCalls) {
    this.households = households;
    this.measures = measures;
    this.rights = rights;
    this.scope = scope;
    this.erasure = erasure;
    this.systemCalls = systemCalls;
  }

  public record MeasureDeclaration(String kind, String provider, LocalDate startDate, LocalDate endDate) {
  }

  @GetMapping("/measures")
  @Operation(summary = "The household's accompaniment measures, internal and declared")
  public List<Measure> measures(@PathVariable String householdReference) {
    return measures.ofHousehold(householdReference, scope.readable(rights.caller()));
  }

  @GetMapping("/needs")
  @Operation(summary = "Need codes from the social diagnostic (GDPR art. 9): providers holding an order for the"
      + " household and territorial coordinators only")
  public List<String> needs(@PathVariable String householdReference) {
    long householdId = requireKnown(householdReference);
    rights.requireMayReadNeeds(householdReference);
    return households.needs(householdId);
  }

  @PostMapping("/measures")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Declare a common-law measure (FSL/ASLL, AVDL, MASP, CHRS, UTPAS) for the overlap check,"
      + " through an open case the caller accompanies")
  public Measure declare(@PathVariable String householdReference, @RequestBody MeasureDeclaration declaration) {
    long householdId = requireKnown(householdReference);
    String declaredInCase = rights.requireOpenCaseToDeclareMeasure(householdReference);
    Map<String, String> errors = new LinkedHashMap<>();
    MeasureKind kind = DECLARABLE.stream().filter(k -> k.name().equals(declaration.kind())).findFirst().orElse(null);
    if (kind == null) {
      errors.put("kind", "l'une de " + DECLARABLE);
    }
    if (declaration.provider() == null || declaration.provider().isBlank() || declaration.provider().length() > 120) {
      errors.put("provider", "obligatoire, 120 caractères au plus");
    }
    if (declaration.startDate() == null) {
      errors.put("startDate", "obligatoire (AAAA-MM-JJ)");
    } else if (declaration.endDate() != null && declaration.endDate().isBefore(declaration.startDate())) {
      errors.put("endDate", "postérieure ou égale à startDate");
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String provider = declaration.provider().strip();
    measures.declare(householdId, kind, provider, declaration.startDate(), declaration.endDate(), declaredInCase);
    return new Measure(kind.name(), provider, AccompanimentMeasureRepository.DECLARED, declaration.startDate(),
        declaration.endDate());
  }

  @PostMapping("/erasure")
  @Operation(summary = "Erase a household whose cases are all closed (GDPR): anonymised, history deleted, audited",
      responses = {@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Erased"),
          @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Administrators only"),
          @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "A case is open")})
  public HouseholdErasure.ErasureResult erase(@PathVariable String householdReference) {
    rights.requireAdministrator();
    String administrator = rights.caller().userId();
    return systemCalls.call(() -> erasure.erase(householdReference, administrator));
  }

  private long requireKnown(String householdReference) {
    return households.idOf(householdReference)
        .orElseThrow(() -> new NotFoundException(ScopeInterceptor.NOT_FOUND));
  }
}
