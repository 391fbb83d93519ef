package fr.logementaccompagne.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.logementaccompagne.contract.OccupancyContractRepository.ContractView;
import fr.logementaccompagne.household.AccompanimentMeasureRepository;
import fr.logementaccompagne.household.AccompanimentMeasureRepository.Measure;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Status changes in one dwelling, each with its accompaniment measure; never a move to another dwelling. */
@H2ApplicationTest
class ContractTransitionsTest {

  @Autowired
  ContractTransitions transitions;
  @Autowired
  OccupancyContractRepository contracts;
  @Autowired
  AccompanimentMeasureRepository measures;
  @Autowired
  PathwayCaseRepository cases;
  @Autowired
  JdbcTemplate jdbc;

  String household;
  String caseReference;

  @BeforeEach
  void caseWithAnAttributedDwelling() {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    household = "CT-" + suffix;
    caseReference = "ACC-T-" + suffix;
    jdbc.update("INSERT INTO household (reference, household_size, territory_code) VALUES (?, 2, 'LILLE')", household);
    long householdId = jdbc.queryForObject("SELECT id FROM household WHERE reference = ?", Long.class, household);
    cases.open(caseReference, Pathway.ACCESS, householdId, "VISA", "LILLE", null);
    cases.assignDwelling(caseReference, dwelling("CT-D-" + suffix));
  }

  private long dwelling(String reference) {
    jdbc.update("INSERT INTO dwelling (reference, territory_code, commune, typology, financing)"
        + " VALUES (?, 'LILLE', 'Lille', 'T2', 'PLAI')", reference);
    return jdbc.queryForObject("SELECT id FROM dwelling WHERE reference = ?", Long.class, reference);
  }

  @Test
  void eachStatusClosesTheFormerContractAndOpensTheNextWithItsMeasure() {
    transitions.enterStatus(caseReference, OccupancyStatus.HOSTING);
    transitions.enterStatus(caseReference, OccupancyStatus.HOSTING);
    transitions.enterStatus(caseReference, OccupancyStatus.SLIDING_LEASE);

    var all = contracts.ofHousehold(household);
    assertThat(all).extracting(ContractView::status).containsExactly("HOSTING", "SLIDING_LEASE");
    assertThat(all).extracting(ContractView::dwellingReference).containsOnly(all.get(0).dwellingReference());
    assertThat(all.get(0).endDate()).isNotNull();
    assertThat(all.get(1).endDate()).isNull();
    assertThat(measures.ofHousehold(household)).extracting(Measure::kind).containsOnly("ACCESS_PATHWAY").hasSize(2);
    assertThat(measures.ofHousehold(household)).filteredOn(m -> m.endDate() == null).hasSize(1);
  }

  @Test
  void aContractOnAnotherDwellingIsNeverMoved() {
    transitions.enterStatus(caseReference, OccupancyStatus.HOSTING);
    jdbc.update("UPDATE pathway_case SET dwelling_id = ? WHERE case_reference = ?",
        dwelling("CT-OTHER-" + caseReference.substring(6)), caseReference);

    assertThatThrownBy(() -> transitions.enterStatus(caseReference, OccupancyStatus.SLIDING_LEASE))
        .isInstanceOf(DwellingChangeRefusedException.class);
    assertThat(contracts.ofHousehold(household)).extracting(ContractView::status).containsExactly("HOSTING");
  }

  @Test
  void departureClosesTheContractAndEveryMeasureOfTheCase() {
    transitions.enterStatus(caseReference, OccupancyStatus.DIRECT_LEASE);
    transitions.closeOnDeparture(caseReference, "HOUSEHOLD_LEFT");

    assertThat(contracts.ofHousehold(household)).singleElement()
        .satisfies(contract -> assertThat(contract.endDate()).isNotNull());
    assertThat(measures.ofHousehold(household)).allSatisfy(m -> assertThat(m.endDate()).isNotNull());
  }
}
