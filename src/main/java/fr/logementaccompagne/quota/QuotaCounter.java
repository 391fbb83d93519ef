package fr.logementaccompagne.quota;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Yearly quotas of docs/design.md section 6 (30 households leaving hosting structures, 10 with motor disability):
 * counted at attribution, visible, and a warning when a target can no longer be met. Never a block.
 */
@Service
public class QuotaCounter {

  static final Map<String, Integer> DEFAULT_TARGETS = new LinkedHashMap<>(Map.of(
      "LEAVING_HOSTING", 30, "MOTOR_DISABILITY", 10));
  static final Map<String, String> DEFAULT_LABELS = Map.of(
      "LEAVING_HOSTING", "Ménages sortant de structures d'hébergement",
      "MOTOR_DISABILITY", "Personnes en situation de handicap moteur (APF, habitat inclusif)");

  private final QuotaRepository repository;

  public QuotaCounter(QuotaRepository repository) {
    this.repository = repository;
  }

  public record QuotaStatus(int quotaYear, String quotaCode, String label, int target, int used, int vacantDwellings) {

    /** More attributions still needed than there are dwellings left to attribute. */
    public boolean outOfReach() {
      return target - used > vacantDwellings;
    }

    public String warning() {
      return "Objectif « %s » %d hors d'atteinte : %d attribution(s) manquante(s) pour %d logement(s) vacant(s)"
          .formatted(label, quotaYear, target - used, vacantDwellings);
    }
  }

  /** Counts the case towards the quotas of its household's categories (once) and returns the year's warnings. */
  public List<String> countAttribution(String caseReference, long householdId, LocalDate attributedOn) {
    int year = attributedOn.getYear();
    openYearWithDefaults(year);
    for (String quotaCode : repository.quotaCodesOf(caseReference, householdId, year)) {
      repository.countAttribution(year, quotaCode, caseReference, attributedOn);
    }
    return statusOf(year).stream().filter(QuotaStatus::outOfReach).map(QuotaStatus::warning).toList();
  }

  /**
   * A year the board has not voted (no quota imported for it) counts towards the programme's standing targets
   * (DESIGN section 6): 30 households leaving hosting structures, 10 with motor disability.
   */
  void openYearWithDefaults(int year) {
    if (repository.hasQuotas(year)) {
      return;
    }
    DEFAULT_TARGETS.forEach((code, target) -> repository.addQuota(year, code, DEFAULT_LABELS.get(code), target));
  }

  public List<QuotaStatus> statusOf(int year) {
    return repository.statusOf(year);
  }
}
