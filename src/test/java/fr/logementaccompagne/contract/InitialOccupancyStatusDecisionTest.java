package fr.logementaccompagne.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.DmnFiles;
import fr.logementaccompagne.engine.variables.TypedVariables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The initial-occupancy-status table as analysts keep it, with categories as the process holds them (JSON). */
class InitialOccupancyStatusDecisionTest {

  static final DmnFiles TABLE = DmnFiles.decision("initial-occupancy-status.dmn", "initial-occupancy-status");

  static String statusFor(String... categories) {
    return TABLE.evaluate(Map.of("priorityCategories", TypedVariables.engineValue(List.of(categories))))
        .getSingleResult().getSingleEntry();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "LEAVING_PRISON, HOSTING", "LEAVING_SHELTER, HOSTING", "SIAO_WINTER_END, HOSTING", "PSYCHIATRIC_EPSM, HOSTING",
      "YOUNG_PERSON, SLIDING_LEASE", "SINGLE_WOMAN_WITH_CHILDREN, SLIDING_LEASE",
      "TRAVELLERS_SETTLING, SLIDING_LEASE", "PARENTS_INTELLECTUAL_DISABILITY, SLIDING_LEASE",
      "DALO, DIRECT_LEASE", "PDALPD, DIRECT_LEASE", "ACI, DIRECT_LEASE", "UNFIT_HOUSING, DIRECT_LEASE",
      "MOTOR_DISABILITY, DIRECT_LEASE"})
  void eachCategoryLeadsToItsStatus(String category, String status) {
    assertThat(statusFor(category)).isEqualTo(status);
  }

  @Test
  void theMostAccompaniedStatusWins() {
    assertThat(statusFor("DALO", "LEAVING_PRISON")).isEqualTo("HOSTING");
    assertThat(statusFor("DALO", "YOUNG_PERSON")).isEqualTo("SLIDING_LEASE");
  }

  @Test
  void statusesSlideInOrderAndDirectLeaseIsTheLast() {
    assertThat(OccupancyStatus.HOSTING.next()).isEqualTo(OccupancyStatus.SLIDING_LEASE);
    assertThat(OccupancyStatus.SLIDING_LEASE.next()).isEqualTo(OccupancyStatus.DIRECT_LEASE);
    assertThat(OccupancyStatus.DIRECT_LEASE.holder()).isEqualTo(OccupancyStatus.Holder.HOUSEHOLD);
    org.assertj.core.api.Assertions.assertThatThrownBy(OccupancyStatus.DIRECT_LEASE::next)
        .isInstanceOf(IllegalStateException.class);
  }
}
