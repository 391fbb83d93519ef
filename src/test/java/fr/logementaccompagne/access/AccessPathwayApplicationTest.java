package fr.logementaccompagne.access;

import fr.logementaccompagne.engine.variables.TypedVariables;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ADVANCE_STATUS;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.CHECK_ELIGIBILITY;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.CHECK_OVERLAP;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.CLOSE_ON_DEPARTURE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.COMPLETE_REFERRAL;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.COORDINATE_OVERLAP;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.DETERMINE_ORIENTATION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.DIRECT_LEASE_ACCOMPANIMENT_ENDS;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.END_COMPLETED;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.END_HOUSEHOLD_LEFT;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.END_INADMISSIBLE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.END_NO_ATTRIBUTION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.END_REJECTED;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.END_STOPPED_FOR_OVERLAP;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.FINAL_EVALUATION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.FIND_MATCHING_DWELLINGS;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.NOTIFY_PREFECT;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.OPEN_CONTRACT;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PERIODIC_REVIEW;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PREFECT_NOTICE_DUE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.RECORD_ATTRIBUTION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.RECORD_REVIEW;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REGISTER_REFERRAL;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REVIEW_DUE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REVIEW_INELIGIBILITY;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REVIEW_LONG_SLIDING_LEASE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SLIDING_LEASE_OVERDUE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SLIDING_LEASE_REVIEW_DUE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.STATUS_PERIOD;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.UPDATE_REFERRAL;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.VACANCY_RECHECK_DUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.logementaccompagne.labels.CodeLabels;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.AccessOutcome;
import fr.logementaccompagne.process.access.AccessPathway.CommissionDecision;
import fr.logementaccompagne.process.access.AccessPathway.EligibilityReviewDecision;
import fr.logementaccompagne.process.access.AccessPathway.ReviewDecision;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.contract.OccupancyContractRepository;
import fr.logementaccompagne.contract.OccupancyContractRepository.ContractView;
import fr.logementaccompagne.contract.OccupancyStatus;
import fr.logementaccompagne.contract.VacancyDepartures;
import fr.logementaccompagne.contract.VacancyDepartures.Departure;
import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.referenceimport.DwellingTable;
import fr.logementaccompagne.reporting.CaseTimelineRepository;
import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.referenceimport.ImportResult;
import fr.logementaccompagne.referenceimport.ReferenceImport;
import java.nio.charset.StandardCharsets;
import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.household.AccompanimentMeasureRepository;
import fr.logementaccompagne.household.AccompanimentMeasureRepository.Measure;
import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.household.MeasureKind;
import fr.logementaccompagne.process.OverlapDecision;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.ProcessDriver;
import fr.logementaccompagne.support.TestData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The paths of {@code access-pathway} on the whole application (H2, real delegates, real decision tables, real
 * decision guard), with the job executor off (test profile): what each step does to the domain store (contracts,
 * measures, dwellings, evaluations, case outcomes) and the refusals of the decision guard. The diagram's own
 * coverage gate is {@link AccessPathwayModelTest}, which runs without the application.
 */
@H2ApplicationTest
class AccessPathwayApplicationTest {

  /** The territory of {@link TestData#referral()}, where every Lille T2/T3 dwelling fits its household. */
  static final String TERRITORY = "LILLE";

  // Form fields the engine does not route on (they are not part of the process API): set here as Tasklist would.
  static final String OVERLAP_REASON = "overlapReason";
  static final String COMPLEMENT_REQUEST = "complementRequest";
  static final String REJECTION_REASON = "rejectionReason";
  static final String COORDINATOR_ACTION = "coordinatorAction";
  static final String LEASE_WILL_SLIDE = "leaseWillSlide";
  static final String INDICATOR_DEBT_TREND = "indicatorDebtTrend";

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  CaseReferences caseReferences;
  @Autowired
  PathwayCaseRepository cases;
  @Autowired
  HouseholdRepository households;
  @Autowired
  OccupancyContractRepository contracts;
  @Autowired
  AccompanimentMeasureRepository measures;
  @Autowired
  DwellingRepository dwellings;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Clock clock;
  ProcessDriver driver;
  @Autowired
  ReferenceImport referenceImport;
  @Autowired
  CaseTimelineRepository timelines;
  @Autowired
  DwellingTable dwellingTable;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Eligibility

  @Test
  void ineligibleReferralRejectedByThePriorityPublicsUnitEndsTheCase() {
    Case referral = start(ineligible(household(), "LEAVING_SHELTER"));
    executeJob(referral, CHECK_ELIGIBILITY);

    assertThat(referral.instance()).isWaitingAtExactly(REVIEW_INELIGIBILITY)
        .variables().containsEntry(Vars.ELIGIBLE, false);
    assertThat((String) variable(referral, Vars.INELIGIBILITY_REASONS)).contains("Consentement");
    completeTask(referral, REVIEW_INELIGIBILITY, Map.of(
        Vars.ELIGIBILITY_REVIEW_DECISION, EligibilityReviewDecision.REJECT.name(),
        REJECTION_REASON, "Le ménage refuse l'accompagnement"));

    assertThat(referral.instance()).hasPassed(END_REJECTED).hasNotPassed(CHECK_OVERLAP).isEnded();
    assertThat(outcomeOf(referral)).isEqualTo("REJECTED");
    assertThat(contracts.ofHousehold(referral.household())).isEmpty();
  }

  @Test
  void complementRequestedFromThePartnerIsCheckedAgain() {
    Case referral = start(ineligible(household(), "UNFIT_HOUSING"));
    executeJob(referral, CHECK_ELIGIBILITY);
    completeTask(referral, REVIEW_INELIGIBILITY, Map.of(
        Vars.ELIGIBILITY_REVIEW_DECISION, EligibilityReviewDecision.REQUEST_COMPLEMENT.name(),
        COMPLEMENT_REQUEST, "Joindre le consentement signé"));

    assertThat(referral.instance()).isWaitingAtExactly(COMPLETE_REFERRAL);
    completeTask(referral, COMPLETE_REFERRAL, Map.of(
        Vars.CONSENT_TO_ACCOMPANIMENT, true,
        // as the system completes (no person: no conversion at the boundary), the canonical JSON array
        Vars.PRIORITY_CATEGORIES, TypedVariables.engineValue(List.of("UNFIT_HOUSING", "SINGLE_WOMAN_WITH_CHILDREN"))));
    executeJob(referral, CHECK_ELIGIBILITY);

    assertThat(referral.instance()).hasPassedInOrder(REVIEW_INELIGIBILITY, COMPLETE_REFERRAL, UPDATE_REFERRAL,
        CHECK_ELIGIBILITY, CHECK_OVERLAP, FIND_MATCHING_DWELLINGS).isWaitingAtExactly(PROPOSE_DWELLING).variables()
        .containsEntry(Vars.ELIGIBLE, true);
    assertThat(households.priorityCategories(householdId(referral)))
        .containsExactly("SINGLE_WOMAN_WITH_CHILDREN", "UNFIT_HOUSING");
    assertThat(outcomeOf(referral)).isNull();
  }

  @Test
  void derogationNeedsAWrittenReasonThenTheCaseGoesOn() {
    Case referral = start(ineligible(household(), "DALO"));
    executeJob(referral, CHECK_ELIGIBILITY);

    assertThatThrownBy(() -> completeTask(referral, REVIEW_INELIGIBILITY,
        Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, EligibilityReviewDecision.DEROGATE.name())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(Vars.DEROGATION_REASON);
    assertThatThrownBy(() -> completeTask(referral, REVIEW_INELIGIBILITY,
        Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, "MAYBE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(Vars.ELIGIBILITY_REVIEW_DECISION);
    assertThat(referral.instance()).isWaitingAtExactly(REVIEW_INELIGIBILITY);

    completeTask(referral, REVIEW_INELIGIBILITY, Map.of(
        Vars.ELIGIBILITY_REVIEW_DECISION, EligibilityReviewDecision.DEROGATE.name(),
        Vars.DEROGATION_REASON, "Consentement recueilli oralement par l'unité, écrit à suivre"));

    assertThat(referral.instance()).isWaitingAtExactly(PROPOSE_DWELLING).hasNotPassed(COMPLETE_REFERRAL);
    assertThat(dwellingOptions(referral)).isNotEmpty();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Overlap with an accompaniment already in place

  @Test
  void coordinatorStopsWhenACommonLawMeasureIsAlreadyInPlace() {
    Case referral = start(eligible(household(), "LEAVING_SHELTER"));
    declareMeasure(referral, MeasureKind.FSL_ASLL, "CCAS de Lille");
    executeJob(referral, CHECK_ELIGIBILITY);

    assertThat(referral.instance()).isWaitingAtExactly(COORDINATE_OVERLAP);
    assertThat((String) variable(referral, Vars.OVERLAP_SUMMARY)).contains("FSL_ASLL", "CCAS de Lille");
    completeTask(referral, COORDINATE_OVERLAP, Map.of(Vars.OVERLAP_DECISION, OverlapDecision.STOP.name()));

    assertThat(referral.instance()).hasPassed(END_STOPPED_FOR_OVERLAP).hasNotPassed(FIND_MATCHING_DWELLINGS)
        .isEnded();
    assertThat(outcomeOf(referral)).isEqualTo("SUPERPOSITION_AVOIDED");
    assertThat(measures.ofHousehold(referral.household())).extracting(Measure::kind, Measure::source)
        .containsExactly(tuple(MeasureKind.FSL_ASLL.name(), AccompanimentMeasureRepository.DECLARED));
  }

  @Test
  void coordinatorContinuesDespiteTheOverlapWithAWrittenReason() {
    Case referral = start(eligible(household(), "LEAVING_SHELTER"));
    declareMeasure(referral, MeasureKind.AVDL, "Association AVDL Lille");
    executeJob(referral, CHECK_ELIGIBILITY);

    assertThatThrownBy(() -> completeTask(referral, COORDINATE_OVERLAP,
        Map.of(Vars.OVERLAP_DECISION, OverlapDecision.CONTINUE.name())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(OVERLAP_REASON);
    assertThat(referral.instance()).isWaitingAtExactly(COORDINATE_OVERLAP);

    completeTask(referral, COORDINATE_OVERLAP, Map.of(Vars.OVERLAP_DECISION, OverlapDecision.CONTINUE.name(),
        OVERLAP_REASON, "L'AVDL s'arrête à l'entrée dans les lieux ; relais organisé"));

    assertThat(referral.instance()).isWaitingAtExactly(PROPOSE_DWELLING);
    assertThat(dwellingOptions(referral)).isNotEmpty();
    assertThat(outcomeOf(referral)).isNull();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Dwelling proposal and attribution commission

  @Test
  void inadmissibleFileEndsTheCaseWithoutHoldingTheDwelling() {
    Case referral = startEligibleUntilProposal("LEAVING_SHELTER");
    String dwelling = dwellingOptions(referral).get(0);
    completeTask(referral, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    completeTask(referral, ATTRIBUTION_COMMISSION,
        Map.of(Vars.COMMISSION_DECISION, CommissionDecision.INADMISSIBLE.name()));

    assertThat(referral.instance()).hasPassed(END_INADMISSIBLE).hasNotPassed(RECORD_ATTRIBUTION).isEnded();
    assertThat(outcomeOf(referral)).isEqualTo("INADMISSIBLE");
    assertThat(cases.find(referral.caseReference()).orElseThrow().dwellingId()).isNull();
    assertThat(freeDwellings()).contains(dwelling);
  }

  @Test
  void withoutAFittingDwellingTheCaseWaitsAndSearchesAgain() {
    // twelve people: no dwelling of the demo stock in Lille is large enough
    Referral large = TestData.referral().household(household()).size(12, 10).build();
    Case referral = start(large);
    executeJob(referral, CHECK_ELIGIBILITY);

    assertThat(referral.instance()).isWaitingAtExactly(VACANCY_RECHECK_DUE)
        .variables().containsEntry(Vars.DWELLINGS_AVAILABLE, false).containsEntry(Vars.PROPOSAL_COUNT, 0);
    jdbc.update("INSERT INTO dwelling (reference, territory_code, commune, typology, financing)"
        + " VALUES (?, 'LILLE', 'Lille', 'T6', 'PLUS')", referral.household() + "-T6");
    fireTimer(referral, VACANCY_RECHECK_DUE);

    assertThat(referral.instance()).isWaitingAtExactly(PROPOSE_DWELLING)
        .variables().containsEntry(Vars.PROPOSAL_COUNT, 1);
    assertThat(dwellingOptions(referral)).containsExactly(referral.household() + "-T6");
  }

  @Test
  void aDwellingProposedForTwoCasesIsAttributedToOneOnly() {
    Case first = startEligibleUntilProposal("LEAVING_SHELTER");
    Case second = startEligibleUntilProposal("LEAVING_SHELTER");
    String dwelling = dwellingOptions(first).get(0);
    assertThat(dwellingOptions(second)).contains(dwelling);
    completeTask(first, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    completeTask(second, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    completeTask(first, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION,
        CommissionDecision.ATTRIBUTED.name()));

    assertThatThrownBy(() -> completeTask(second, ATTRIBUTION_COMMISSION,
        Map.of(Vars.COMMISSION_DECISION, CommissionDecision.ATTRIBUTED.name())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(first.caseReference());
    completeTask(second, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION,
        CommissionDecision.NOT_ATTRIBUTED.name()));

    assertThat(dwellingOptions(second)).isNotEmpty().doesNotContain(dwelling);
    assertThat(cases.find(first.caseReference()).orElseThrow().dwellingId())
        .isEqualTo(dwellings.idOf(dwelling).orElseThrow());
    assertThatThrownBy(() -> cases.assignDwelling(second.caseReference(), dwellings.idOf(dwelling).orElseThrow()))
        .as("the database itself refuses a second open case on the dwelling")
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  @Test
  void threeRefusedProposalsEndTheCaseWithoutAttribution() {
    Case referral = startEligibleUntilProposal("LEAVING_SHELTER");
    assertThatThrownBy(() -> completeTask(referral, PROPOSE_DWELLING,
        Map.of(Vars.PROPOSED_DWELLING_REFERENCE, "NOT-AN-OPTION")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(Vars.PROPOSED_DWELLING_REFERENCE);

    List<String> refused = new ArrayList<>();
    for (int proposal = 1; proposal <= AccessPathway.MAX_PROPOSALS; proposal++) {
      assertThat(referral.instance()).isWaitingAtExactly(PROPOSE_DWELLING);
      assertThat((Integer) variable(referral, Vars.PROPOSAL_COUNT)).isEqualTo(proposal);
      List<String> options = dwellingOptions(referral);
      assertThat(options).isNotEmpty().allSatisfy(option -> assertThat(refused).doesNotContain(option));
      String dwelling = options.get(0);
      completeTask(referral, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
      completeTask(referral, ATTRIBUTION_COMMISSION,
          Map.of(Vars.COMMISSION_DECISION, CommissionDecision.NOT_ATTRIBUTED.name()));
      refused.add(dwelling);
    }

    assertThat(referral.instance()).hasPassed(END_NO_ATTRIBUTION).hasNotPassed(RECORD_ATTRIBUTION).isEnded();
    assertThat(outcomeOf(referral)).isEqualTo("NOT_ATTRIBUTED");
    assertThat(refused).doesNotHaveDuplicates().hasSize(AccessPathway.MAX_PROPOSALS);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Occupancy: the status slides in the same dwelling

  @Test
  void hostingContinuesThenSlidesToSlidingLeaseThenDirectLeaseInTheSameDwelling() {
    Case referral = startEligibleUntilProposal("LEAVING_SHELTER");
    String dwelling = attributeFirstOption(referral);
    assertThat(variable(referral, Vars.OCCUPANCY_STATUS)).isEqualTo(OccupancyStatus.HOSTING.name());

    // hosting: contract, objectives, a review that continues, then the 24-month alert is not needed
    signContractAndAgreeObjectives(referral);
    fireTimer(referral, REVIEW_DUE);
    review(referral, ReviewDecision.CONTINUE);
    assertThat(referral.instance()).isWaitingAt(REVIEW_DUE);
    fireTimer(referral, SLIDING_LEASE_OVERDUE);
    assertThat(referral.instance()).isWaitingAtExactly(STATUS_PERIOD, REVIEW_DUE)
        .hasNotPassed(REVIEW_LONG_SLIDING_LEASE);
    fireTimer(referral, REVIEW_DUE);
    review(referral, ReviewDecision.ADVANCE);

    // sliding lease: the prefect is told before the review
    assertThat(variable(referral, Vars.OCCUPANCY_STATUS)).isEqualTo(OccupancyStatus.SLIDING_LEASE.name());
    signContractAndAgreeObjectives(referral);
    fireTimer(referral, PREFECT_NOTICE_DUE);
    completeTask(referral, NOTIFY_PREFECT, Map.of(LEASE_WILL_SLIDE, "YES"));
    fireTimer(referral, SLIDING_LEASE_REVIEW_DUE);
    review(referral, ReviewDecision.ADVANCE);

    // direct lease: accompaniment for a set length, then the final evaluation
    assertThat(variable(referral, Vars.OCCUPANCY_STATUS)).isEqualTo(OccupancyStatus.DIRECT_LEASE.name());
    signContractAndAgreeObjectives(referral);
    fireTimer(referral, DIRECT_LEASE_ACCOMPANIMENT_ENDS);
    completeTask(referral, FINAL_EVALUATION, Map.of(Vars.ACCESS_OUTCOME, AccessOutcome.STABLE_TENANCY.name()));

    assertThat(referral.instance()).hasPassed(END_COMPLETED).isEnded();
    assertThat(outcomeOf(referral)).isEqualTo("COMPLETED");
    List<ContractView> history = contracts.ofHousehold(referral.household());
    assertThat(history).extracting(ContractView::status).containsExactly(
        OccupancyStatus.HOSTING.name(), OccupancyStatus.SLIDING_LEASE.name(), OccupancyStatus.DIRECT_LEASE.name());
    assertThat(history).extracting(ContractView::holder).containsExactly("PARTNER", "PARTNER", "HOUSEHOLD");
    assertThat(history).extracting(ContractView::dwellingReference).containsOnly(dwelling);
    // each change closed the previous contract; the household keeps its direct lease after the accompaniment
    assertThat(history.subList(0, 2)).extracting(ContractView::endDate).doesNotContainNull();
    assertThat(history.get(2).endDate()).isNull();
    assertThat(reviewDecisions(referral)).containsExactly(
        ReviewDecision.CONTINUE.name(), ReviewDecision.ADVANCE.name(), ReviewDecision.ADVANCE.name());
  }

  @Test
  void slidingLeaseOverTwentyFourMonthsAlertsTheCoordinatorThenTheReviewEndsThePathway() {
    Case referral = startEligibleUntilProposal("YOUNG_PERSON");
    String dwelling = attributeFirstOption(referral);
    assertThat(variable(referral, Vars.OCCUPANCY_STATUS)).isEqualTo(OccupancyStatus.SLIDING_LEASE.name());
    signContractAndAgreeObjectives(referral);
    assertThat(referral.instance()).isWaitingAtExactly(STATUS_PERIOD, PREFECT_NOTICE_DUE);

    // non-interrupting: the coordinator's task runs beside the period, which goes on
    fireTimer(referral, SLIDING_LEASE_OVERDUE);
    assertThat(referral.instance()).isWaitingAtExactly(REVIEW_LONG_SLIDING_LEASE, STATUS_PERIOD, PREFECT_NOTICE_DUE);
    completeTask(referral, REVIEW_LONG_SLIDING_LEASE,
        Map.of(COORDINATOR_ACTION, "Point avec VISA et le ménage sur le glissement"));
    assertThat(referral.instance()).isWaitingAtExactly(STATUS_PERIOD, PREFECT_NOTICE_DUE);

    fireTimer(referral, PREFECT_NOTICE_DUE);
    completeTask(referral, NOTIFY_PREFECT, Map.of(LEASE_WILL_SLIDE, "NO"));
    fireTimer(referral, SLIDING_LEASE_REVIEW_DUE);
    review(referral, ReviewDecision.END);
    assertThat(referral.instance()).isWaitingAtExactly(FINAL_EVALUATION).hasNotPassed(ADVANCE_STATUS);
    completeTask(referral, FINAL_EVALUATION, Map.of(Vars.ACCESS_OUTCOME, AccessOutcome.ENDED_EARLY.name()));

    assertThat(referral.instance()).hasPassed(END_COMPLETED).isEnded();
    assertThat(outcomeOf(referral)).isEqualTo("COMPLETED");
    assertThat(contracts.ofHousehold(referral.household())).singleElement()
        .satisfies(contract -> {
          assertThat(contract.status()).isEqualTo(OccupancyStatus.SLIDING_LEASE.name());
          assertThat(contract.dwellingReference()).isEqualTo(dwelling);
        });
    assertThat(measures.ofHousehold(referral.household())).extracting(Measure::endDate).doesNotContainNull();
    assertThat(reviewDecisions(referral)).containsExactly(ReviewDecision.END.name());
  }

  @Test
  void directLeaseChosenByTheDecisionTableFromTheStart() {
    Case referral = startEligibleUntilProposal("DALO");
    String dwelling = attributeFirstOption(referral);
    assertThat(referral.instance()).hasPassed(DETERMINE_ORIENTATION);
    assertThat(variable(referral, Vars.OCCUPANCY_STATUS)).isEqualTo(OccupancyStatus.DIRECT_LEASE.name());
    signContractAndAgreeObjectives(referral);
    assertThat(referral.instance()).isWaitingAtExactly(STATUS_PERIOD, DIRECT_LEASE_ACCOMPANIMENT_ENDS);

    // the 24-month sliding-lease alert is not needed in a direct lease
    fireTimer(referral, SLIDING_LEASE_OVERDUE);
    assertThat(referral.instance()).isWaitingAtExactly(STATUS_PERIOD, DIRECT_LEASE_ACCOMPANIMENT_ENDS)
        .hasNotPassed(REVIEW_LONG_SLIDING_LEASE);
    fireTimer(referral, DIRECT_LEASE_ACCOMPANIMENT_ENDS);
    completeTask(referral, FINAL_EVALUATION, Map.of(Vars.ACCESS_OUTCOME, AccessOutcome.STABLE_TENANCY.name()));

    assertThat(referral.instance()).hasPassed(END_COMPLETED)
        .hasNotPassed(PERIODIC_REVIEW, ADVANCE_STATUS, PREFECT_NOTICE_DUE).isEnded();
    assertThat(outcomeOf(referral)).isEqualTo("COMPLETED");
    // the household stays the tenant after its accompaniment
    assertThat(contracts.ofHousehold(referral.household())).singleElement().satisfies(contract -> {
      assertThat(contract.status()).isEqualTo(OccupancyStatus.DIRECT_LEASE.name());
      assertThat(contract.holder()).isEqualTo("HOUSEHOLD");
      assertThat(contract.dwellingReference()).isEqualTo(dwelling);
      assertThat(contract.endDate()).isNull();
    });
  }

  @Test
  void householdLeavingAfterEntryClosesItsContractAndMeasures() {
    Case referral = startEligibleUntilProposal("LEAVING_SHELTER");
    String dwelling = attributeFirstOption(referral);
    signContractAndAgreeObjectives(referral);
    assertThat(referral.instance()).isWaitingAtExactly(STATUS_PERIOD, REVIEW_DUE);
    assertThat(contracts.ofHousehold(referral.household())).singleElement()
        .satisfies(contract -> assertThat(contract.endDate()).isNull());

    runtimeService.createMessageCorrelation(AccessPathway.MESSAGE_HOUSEHOLD_LEFT)
        .processInstanceBusinessKey(referral.caseReference())
        .setVariable(Vars.DEPARTURE_REASON, "RELOGEMENT_FAMILLE")
        .correlate();
    // the event sub-process interrupts the status period and closes the case in the caller's transaction

    assertThat(referral.instance()).hasPassed(CLOSE_ON_DEPARTURE, END_HOUSEHOLD_LEFT)
        .hasNotPassed(PERIODIC_REVIEW, FINAL_EVALUATION)
        .isEnded();
    assertThat(outcomeOf(referral)).isEqualTo("HOUSEHOLD_LEFT");
    assertThat(contracts.ofHousehold(referral.household())).singleElement()
        .satisfies(contract -> assertThat(contract.endDate()).isNotNull());
    assertThat(jdbc.queryForObject("SELECT end_reason FROM occupancy_contract WHERE case_reference = ?",
        String.class, referral.caseReference())).isEqualTo("RELOGEMENT_FAMILLE");
    assertThat(measures.ofHousehold(referral.household())).extracting(Measure::endDate).doesNotContainNull();
    assertThat(freeDwellings()).contains(dwelling);
  }

  @Test
  void dwellingReportedVacantByRentalManagementTakesTheDeparturePath() {
    Case referral = startEligibleUntilProposal("LEAVING_SHELTER");
    String dwelling = attributeFirstOption(referral);
    signContractAndAgreeObjectives(referral);
    String feed = "Référence;Vacant;Disponible le\n" + dwelling + ";oui;01/02/2027\n";

    ImportResult result = referenceImport.importFile(dwellingTable, feed.getBytes(StandardCharsets.UTF_8), "demo");

    assertThat(result.departures()).containsExactly(
        new Departure(dwelling, referral.caseReference(), LocalDate.now(clock), true));
    assertThat(contracts.ofHousehold(referral.household())).singleElement().satisfies(contract -> {
      assertThat(contract.endDate()).isEqualTo(LocalDate.now(clock));
      assertThat(contract.endReason()).isEqualTo(VacancyDepartures.REPORTED_VACANT);
    });
    assertThat(measures.ofHousehold(referral.household())).extracting(Measure::endDate).doesNotContainNull();
    assertThat(referral.instance()).hasPassed(CLOSE_ON_DEPARTURE, END_HOUSEHOLD_LEFT).isEnded();
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(referral.instance().getId()).variableName(Vars.DEPARTURE_REASON).singleResult().getValue())
        .isEqualTo(VacancyDepartures.REPORTED_VACANT);
    assertThat(outcomeOf(referral)).isEqualTo("HOUSEHOLD_LEFT");
    assertThat(freeDwellings()).contains(dwelling);
    // the agency reads it on the case's timeline
    assertThat(timelines.ofProcessInstance(referral.instance().getId(),
        new Caller("agence.lille", List.of(Groups.agency(TERRITORY)))).orElseThrow().events())
        .extracting(CaseTimelineRepository.Event::detail)
        .contains("Départ du ménage : logement déclaré vacant par la gestion locative");

    // the next night's feed says the same: nothing more happens
    ImportResult again = referenceImport.importFile(dwellingTable, feed.getBytes(StandardCharsets.UTF_8), "demo");
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.departures()).isEmpty();
  }

  @Test
  void aLetDwellingReportedLetAgainChangesNothing() {
    Case referral = startEligibleUntilProposal("LEAVING_SHELTER");
    String dwelling = attributeFirstOption(referral);
    signContractAndAgreeObjectives(referral);

    ImportResult result = referenceImport.importFile(dwellingTable,
        ("Référence;Vacant\n" + dwelling + ";non\n").getBytes(StandardCharsets.UTF_8), "demo");

    assertThat(result.unchanged()).as("opening the contract marked the dwelling let").isEqualTo(1);
    assertThat(result.departures()).isEmpty();
    assertThat(referral.instance()).isWaitingAt(REVIEW_DUE);
    assertThat(contracts.ofHousehold(referral.household())).singleElement()
        .satisfies(contract -> assertThat(contract.endDate()).isNull());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  /** A started case: its process instance, its reference (the business key) and its household's reference. */
  record Case(ProcessInstance instance, String caseReference, String household) {
  }

  static String household() {
    return TestData.householdReference("PT");
  }

  /** A household of 2 (one dependant) in Lille, under the resource ceiling, consenting to accompaniment. */
  static Referral eligible(String household, String... categories) {
    return TestData.referral().household(household).categories(categories).build();
  }

  /** The same household without the required consent to accompaniment. */
  static Referral ineligible(String household, String... categories) {
    return TestData.referral().household(household).categories(categories).withoutConsent().build();
  }

  Case start(Referral referral) {
    String caseReference = caseReferences.next(Pathway.ACCESS);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(AccessPathway.KEY, caseReference,
        TypedVariables.engineValues(referral.toVariables()));
    assertThat(instance).isStarted().hasBusinessKey(caseReference).hasPassed(REGISTER_REFERRAL)
        .isWaitingAtExactly(CHECK_ELIGIBILITY)
        .variables().containsEntry(Vars.HOUSEHOLD_ID, referral.householdReference());
    return new Case(instance, caseReference, referral.householdReference());
  }

  Case startEligibleUntilProposal(String category) {
    Case referral = start(eligible(household(), category));
    executeJob(referral, CHECK_ELIGIBILITY);
    assertThat(referral.instance()).isWaitingAtExactly(PROPOSE_DWELLING);
    return referral;
  }

  /** Proposes the first dwelling offered; the commission attributes it; the entry status is decided. */
  String attributeFirstOption(Case referral) {
    String dwelling = dwellingOptions(referral).get(0);
    completeTask(referral, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    completeTask(referral, ATTRIBUTION_COMMISSION,
        Map.of(Vars.COMMISSION_DECISION, CommissionDecision.ATTRIBUTED.name()));
    assertThat(referral.instance()).hasPassed(DETERMINE_ORIENTATION).isWaitingAtExactly(STATUS_PERIOD, SIGN_CONTRACT);
    assertThat(variable(referral, Vars.DWELLING_REFERENCE)).isEqualTo(dwelling);
    // the form shows the dwelling by its facts: "T2 PLAI, Lille (Wazemmes), 1er étage… (LIL-VISA-02)"
    assertThat(task(SIGN_CONTRACT, referral.instance())).satisfies(signing -> assertThat(BpmnAwareTests.taskService()
        .getVariableLocal(signing.getId(), Vars.DWELLING_REFERENCE + CodeLabels.LABEL_SUFFIX)).asString()
        .matches("T\\d (PLAI|PLUS|PLS), .+").endsWith(" (" + dwelling + ")"));
    // only the labels its form shows: not the partner's nor the territory's, which the case also carries
    assertThat(task(SIGN_CONTRACT, referral.instance())).satisfies(signing -> assertThat(BpmnAwareTests.taskService()
        .getVariablesLocal(signing.getId()).keySet()).filteredOn(name -> name.endsWith(CodeLabels.LABEL_SUFFIX))
        .containsExactlyInAnyOrder(Vars.DWELLING_REFERENCE + CodeLabels.LABEL_SUFFIX,
            Vars.OCCUPANCY_STATUS + CodeLabels.LABEL_SUFFIX));
    return dwelling;
  }

  /** Start of a status period: the contract is signed and opened on the dwelling, then objectives agreed. */
  void signContractAndAgreeObjectives(Case referral) {
    completeTask(referral, SIGN_CONTRACT, Map.of());
    String status = (String) variable(referral, Vars.OCCUPANCY_STATUS);
    assertThat(contracts.ofHousehold(referral.household())).last().satisfies(contract -> {
      assertThat(contract.status()).isEqualTo(status);
      assertThat(contract.endDate()).isNull();
    });
    completeTask(referral, AGREE_OBJECTIVES, Map.of());
  }

  void review(Case referral, ReviewDecision decision) {
    completeTask(referral, PERIODIC_REVIEW,
        Map.of(Vars.REVIEW_DECISION, decision.name(), INDICATOR_DEBT_TREND, "IMPROVING"));
  }

  void completeTask(Case referral, String taskKey, Map<String, Object> variables) {
    assertThat(referral.instance()).isWaitingAt(taskKey);
    complete(task(taskKey, referral.instance()), new HashMap<>(variables));
  }

  /** Runs the asynchronous continuation waiting before {@code activityId} (the job executor is off in tests). */
  void executeJob(Case referral, String activityId) {
    assertThat(referral.instance()).isWaitingAt(activityId);
    driver().executeJob(referral.instance(), activityId);
  }

  void fireTimer(Case referral, String activityId) {
    driver().fireTimer(referral.instance(), activityId);
  }

  ProcessDriver driver() {
    return driver == null ? driver = new ProcessDriver(processEngine) : driver;
  }

  Object variable(Case referral, String name) {
    return runtimeService.getVariable(referral.instance().getId(), name);
  }

  List<String> dwellingOptions(Case referral) {
    SpinJsonNode options = (SpinJsonNode) variable(referral, Vars.DWELLING_OPTIONS);
    return options.elements().stream().map(option -> option.prop("value").stringValue()).toList();
  }

  void declareMeasure(Case referral, MeasureKind kind, String provider) {
    measures.open(householdId(referral), kind, provider, AccompanimentMeasureRepository.DECLARED,
        LocalDate.now(clock).minusMonths(3), null, null);
  }

  long householdId(Case referral) {
    return households.idOf(referral.household()).orElseThrow();
  }

  String outcomeOf(Case referral) {
    return cases.find(referral.caseReference()).orElseThrow().outcome();
  }

  /** Dwellings of the territory free for any new case: no open contract, not held for an open case. */
  List<String> freeDwellings() {
    return dwellings.freeIn(TERRITORY, "").stream().map(DwellingRepository.Dwelling::reference).toList();
  }

  List<String> reviewDecisions(Case referral) {
    return jdbc.queryForList("SELECT decision FROM evaluation WHERE case_reference = ? ORDER BY id", String.class,
        referral.caseReference());
  }
}
