package fr.logementaccompagne.quota;

import fr.logementaccompagne.quota.QuotaCounter.QuotaStatus;
import fr.logementaccompagne.security.CallerRights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Quotas", description = "Yearly attribution targets and how far they are met")
public class QuotaController {

  private final QuotaCounter quotas;
  private final Clock clock;
  private final CallerRights rights;

  public QuotaController(QuotaCounter quotas, Clock clock, CallerRights rights) {
    this.quotas = quotas;
    this.clock = clock;
    this.rights = rights;
  }

  public record QuotaView(int year, String quotaCode, String label, int target, int used, int vacantDwellings,
                          boolean outOfReach) {
  }

  @GetMapping("/api/quotas")
  @Operation(summary = "Quotas of a year (default: this year): target, attributions counted, vacant dwellings left;"
      + " programme-wide figures, for the landlord's staff only")
  public List<QuotaView> quotas(@RequestParam(required = false) Integer year) {
    rights.requireLandlordStaff();
    int chosen = year == null ? Year.now(clock).getValue() : year;
    return quotas.statusOf(chosen).stream().map(QuotaController::view).toList();
  }

  private static QuotaView view(QuotaStatus status) {
    return new QuotaView(status.quotaYear(), status.quotaCode(), status.label(), status.target(), status.used(),
        status.vacantDwellings(), status.outOfReach());
  }
}
