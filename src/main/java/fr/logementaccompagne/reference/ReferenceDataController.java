package fr.logementaccompagne.reference;

import fr.logementaccompagne.reference.ReferenceDataRepository.CodeLabel;
import fr.logementaccompagne.reference.ReferenceDataRepository.Dwelling;
import fr.logementaccompagne.reference.ReferenceDataRepository.PriorityCategory;
import fr.logementaccompagne.reference.ReferenceDataRepository.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reference")
@Tag(name = "Reference data", description = "Codes used by the intake APIs and the forms")
public class ReferenceDataController {

  private final ReferenceDataRepository referenceData;

  public ReferenceDataController(ReferenceDataRepository referenceData) {
    this.referenceData = referenceData;
  }

  @GetMapping("/territories")
  @Operation(summary = "Territorial directions, with their housing basin")
  public List<Territory> territories() {
    return referenceData.territories();
  }

  @GetMapping("/partners")
  @Operation(summary = "Partner associations")
  public List<CodeLabel> partners() {
    return referenceData.partners();
  }

  @GetMapping("/priority-categories")
  @Operation(summary = "Priority categories of the access pathway")
  public List<PriorityCategory> priorityCategories() {
    return referenceData.priorityCategories();
  }

  @GetMapping("/dwellings")
  @Operation(summary = "Dwellings of the programme; vacant means no open occupancy contract")
  public List<Dwelling> dwellings(@RequestParam(required = false) Boolean vacant,
                                  @RequestParam(required = false) String territoryCode) {
    return referenceData.dwellings(vacant, territoryCode);
  }
}
