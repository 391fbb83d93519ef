package fr.logementaccompagne.contract;

import fr.logementaccompagne.contract.OccupancyContractRepository.ContractView;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.security.CaseScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/households/{ref}/contracts}: the contracts of the cases the caller may see. */
@RestController
@RequestMapping("/api/households/{householdReference}")
@Tag(name = "Households")
public class HouseholdContractsController {

  private final OccupancyContractRepository contracts;
  private final CallerRights rights;
  private final CaseScope scope;

  public HouseholdContractsController(OccupancyContractRepository contracts, CallerRights rights, CaseScope scope) {
    this.contracts = contracts;
    this.rights = rights;
    this.scope = scope;
  }

  @GetMapping("/contracts")
  @Operation(summary = "The household's occupancy contracts, oldest first (endDate null while open)")
  public List<ContractView> contracts(@PathVariable String householdReference) {
    return contracts.ofHousehold(householdReference, scope.readable(rights.caller()));
  }
}
