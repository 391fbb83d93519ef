package fr.logementaccompagne.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "At most one open contract per dwelling and per household" is enforced by the database itself: these
 * inserts bypass the Java code entirely. Run on H2 and on PostgreSQL by the two subclasses.
 */
abstract class OccupancyInvariantsContract {

  @Autowired
  JdbcTemplate jdbc;

  private long firstHousehold;
  private long secondHousehold;
  private long firstDwelling;
  private long secondDwelling;

  @BeforeEach
  void createHouseholdsAndDwellings() {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    firstHousehold = household("INV-A-" + suffix);
    secondHousehold = household("INV-B-" + suffix);
    firstDwelling = dwelling("INV-D1-" + suffix);
    secondDwelling = dwelling("INV-D2-" + suffix);
  }

  @Test
  void refusesASecondOpenContractOnTheSameDwelling() {
    openContract(firstDwelling, firstHousehold);
    assertThatThrownBy(() -> openContract(firstDwelling, secondHousehold))
        .isInstanceOf(DataIntegrityViolationException.class)
        .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("ux_contract_open_per_dwelling"));
    assertThat(openContractsOnDwelling(firstDwelling)).isEqualTo(1);
  }

  @Test
  void refusesASecondOpenContractForTheSameHousehold() {
    openContract(firstDwelling, firstHousehold);
    assertThatThrownBy(() -> openContract(secondDwelling, firstHousehold))
        .isInstanceOf(DataIntegrityViolationException.class)
        .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("ux_contract_open_per_household"));
    assertThat(openContractsOnDwelling(secondDwelling)).isZero();
  }

  @Test
  void acceptsClosedContractsAndANewOneOnceTheFormerIsClosed() {
    openContract(firstDwelling, firstHousehold);
    jdbc.update("INSERT INTO occupancy_contract (dwelling_id, household_id, status, holder, partner_code, start_date,"
        + " end_date, case_reference) VALUES (?, ?, 'HOSTING', 'PARTNER', 'VISA', DATE '2024-01-01',"
        + " DATE '2024-06-30', 'TEST')", firstDwelling, secondHousehold);

    jdbc.update("UPDATE occupancy_contract SET end_date = DATE '2026-03-31' WHERE dwelling_id = ? AND end_date IS NULL",
        firstDwelling);
    openContract(firstDwelling, secondHousehold);

    assertThat(openContractsOnDwelling(firstDwelling)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM occupancy_contract WHERE dwelling_id = ?", Integer.class,
        firstDwelling)).isEqualTo(3);
  }

  private void openContract(long dwellingId, long householdId) {
    jdbc.update("INSERT INTO occupancy_contract (dwelling_id, household_id, status, holder, partner_code, start_date,"
        + " case_reference) VALUES (?, ?, 'HOSTING', 'PARTNER', 'VISA', DATE '2026-01-01', 'TEST')",
        dwellingId, householdId);
  }

  private int openContractsOnDwelling(long dwellingId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM occupancy_contract WHERE dwelling_id = ? AND end_date IS NULL", Integer.class,
        dwellingId);
  }

  private long household(String reference) {
    jdbc.update("INSERT INTO household (reference, household_size, territory_code) VALUES (?, 2, 'LILLE')", reference);
    return jdbc.queryForObject("SELECT id FROM household WHERE reference = ?", Long.class, reference);
  }

  private long dwelling(String reference) {
    jdbc.update("INSERT INTO dwelling (reference, territory_code, commune, typology, financing) "
        + "VALUES (?, 'LILLE', 'Lille', 'T2', 'PLAI')", reference);
    return jdbc.queryForObject("SELECT id FROM dwelling WHERE reference = ?", Long.class, reference);
  }
}
