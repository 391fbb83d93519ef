package fr.logementaccompagne.maintien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.logementaccompagne.household.HouseholdRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of a social diagnostic's recording, without the engine: scores within 0..3, known need codes only. */
class DiagnosticRecordingServiceTest {

  private final HouseholdRepository households = mock(HouseholdRepository.class);
  private final DiagnosticRecordingService diagnostics = new DiagnosticRecordingService(households);

  @Test
  void totalAddsTheScoresAndKeepsEachWithinZeroToThree() {
    when(households.idOf("MEN-1")).thenReturn(Optional.of(7L));
    assertThat(diagnostics.record("MEN-1", List.of(), List.of(3, 3, 3, 3, 3))).isEqualTo(15);
    assertThat(diagnostics.record("MEN-1", List.of(), List.of(4, -1, 0, 1, 2))).isEqualTo(3 + 0 + 0 + 1 + 2);
    assertThat(diagnostics.record("MEN-1", List.of(), Arrays.asList(null, 2, null, null, null))).isEqualTo(2);
  }

  @Test
  void onlyKnownNeedCodesGoToTheHouseholdsRecord() {
    when(households.idOf("MEN-1")).thenReturn(Optional.of(7L));
    diagnostics.record("MEN-1", List.of("NEED_BUDGET_SUPPORT", "NEED_UNKNOWN", "NEED_HEALTH_ACCESS"), List.of());
    verify(households).addNeeds(7L, List.of("NEED_BUDGET_SUPPORT", "NEED_HEALTH_ACCESS"));
  }

  @Test
  void aCaseWhoseHouseholdIsUnknownIsATechnicalFault() {
    when(households.idOf("MEN-X")).thenReturn(Optional.empty());
    assertThatThrownBy(() -> diagnostics.record("MEN-X", List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MEN-X");
  }
}
