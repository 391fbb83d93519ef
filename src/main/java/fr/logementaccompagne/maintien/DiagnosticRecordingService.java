package fr.logementaccompagne.maintien;

import fr.logementaccompagne.household.HouseholdRepository;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Use case "record a social diagnostic": the need codes go to the household's record (restricted access), and only
 * the total of the difficulties stays with the case, for the price scale.
 */
@Service
public class DiagnosticRecordingService {

  /** The need codes a diagnostic may record; others are ignored. */
  public static final List<String> NEED_CODES = List.of("NEED_BUDGET_SUPPORT", "NEED_ARREARS_PLAN",
      "NEED_DWELLING_UPKEEP", "NEED_NEIGHBOURHOOD_MEDIATION", "NEED_HEALTH_ACCESS", "NEED_MENTAL_HEALTH_CARE",
      "NEED_EMPLOYMENT_SUPPORT", "NEED_RIGHTS_ACCESS");
  /** Each difficulty is scored from 0 to 3. */
  static final int MAX_DIFFICULTY = 3;

  private final HouseholdRepository households;

  public DiagnosticRecordingService(HouseholdRepository households) {
    this.households = households;
  }

  /** Records the needs and returns the difficulty total; a missing score counts 0, scores are kept within 0..3. */
  public int record(String householdReference, List<String> needCodes, List<Integer> difficulties) {
    long householdId = households.idOf(householdReference).orElseThrow(
        () -> new IllegalStateException("Ménage inconnu du dossier : " + householdReference));
    households.addNeeds(householdId, needCodes.stream().filter(NEED_CODES::contains).toList());
    return difficulties.stream()
        .mapToInt(score -> Math.max(0, Math.min(MAX_DIFFICULTY, Objects.requireNonNullElse(score, 0))))
        .sum();
  }
}
