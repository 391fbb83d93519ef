package fr.logementaccompagne.access;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.AccessOutcome;
import fr.logementaccompagne.process.access.AccessPathway.CommissionDecision;
import fr.logementaccompagne.process.access.AccessPathway.EligibilityReviewDecision;
import fr.logementaccompagne.process.access.AccessPathway.ReviewDecision;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.contract.OccupancyStatus;
import fr.logementaccompagne.process.OverlapDecision;
import fr.logementaccompagne.support.ModelTestEngine;
import fr.logementaccompagne.support.ModelTestFakes;
import fr.logementaccompagne.support.ProcessDriver;
import fr.logementaccompagne.support.TestData;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code access-pathway}, the diagram alone: delegates are fakes that set the variables the gateways
 * route on, the decision table {@code initial-occupancy-status} is the real one. What the delegates do to the
 * domain store is tested on the whole application ({@link AccessPathwayApplicationTest}).
 *
 * <p>This class is the coverage gate of {@code access-pathway}: it fails after its last test when its tests together
 * covered less than 100 % of the flow nodes and sequence flows (report under
 * {@code target/process-test-coverage/}). Running one method alone therefore fails by design.
 */
@Deployment(resources = {"processes/access-pathway.bpmn", "processes/initial-occupancy-status.dmn"})
class AccessPathwayModelTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.withFullCoverageGate(AccessPathwayModelTest.class);

  ProcessEngine processEngine;
  ProcessDriver driver;
  ModelTestFakes fakes;

  // what the fake delegates answer; each test sets what its path needs
  boolean eligible = true;
  boolean overlapFound;
  boolean dwellingsAvailable = true;

  @BeforeEach
  void registerFakes() {
    driver = new ProcessDriver(processEngine);
    fakes = ModelTestFakes.install(processEngine);
    fakes.register("accessTimers", new AccessTimers());
    fakes.register("referralRegistration", (JavaDelegate) execution -> {
      execution.setVariable(Vars.CASE_REFERENCE, execution.getProcessBusinessKey());
      execution.setVariable(Vars.HOUSEHOLD_ID, execution.getVariable(Vars.HOUSEHOLD_REFERENCE));
      execution.setVariable(Vars.BASIN_CODE, "METROPOLE_LILLOISE");
      execution.setVariable(Vars.PROPOSAL_COUNT, 0);
    });
    fakes.register("eligibilityCheck", (JavaDelegate) execution -> {
      execution.setVariable(Vars.ELIGIBLE, eligible);
      execution.setVariable(Vars.INELIGIBILITY_REASONS, eligible ? "" : "Consentement absent");
    });
    fakes.register("referralUpdate", (JavaDelegate) execution -> { });
    fakes.register("overlapCheck", (JavaDelegate) execution ->
        execution.setVariable(Vars.OVERLAP_FOUND, overlapFound));
    fakes.register("dwellingMatching", (JavaDelegate) execution -> {
      execution.setVariable(Vars.DWELLINGS_AVAILABLE, dwellingsAvailable);
      if (dwellingsAvailable) {
        execution.setVariable(Vars.PROPOSAL_COUNT, (Integer) execution.getVariable(Vars.PROPOSAL_COUNT) + 1);
      }
    });
    fakes.register("attributionRecording", (JavaDelegate) execution -> execution.setVariable(
        Vars.DWELLING_REFERENCE, execution.getVariable(Vars.PROPOSED_DWELLING_REFERENCE)));
    fakes.register("occupancyStatusAdvance", (JavaDelegate) execution -> {
      var current = OccupancyStatus.valueOf((String) execution.getVariable(Vars.OCCUPANCY_STATUS));
      execution.setVariable(Vars.OCCUPANCY_STATUS, current.next().name());
      execution.removeVariable(Vars.REVIEW_DECISION);
    });
    fakes.recordCalls("contractTransition", "reviewRecording", "householdDeparture");
    // the notice's PDF is IssuedDocumentsTest's
    fakes.register("prefectNotice", (TaskListener) task -> { });
  }

  @AfterEach
  void removeFakes() {
    fakes.uninstall();
  }

  /** Guards the gate: without the coverage parse listener nothing is counted and the gate would pass silently. */
  @Test
  void coverageOfThisClassIsRecorded() {
    assertThat(ModelTestFakes.coverageIsRecorded(processEngine)).isTrue();
  }

  @Test
  void ineligibleReferralRejectedByThePriorityPublicsUnitEndsTheCase() {
    eligible = false;
    ProcessInstance referral = start("LEAVING_SHELTER");
    driver.executeJob(referral, CHECK_ELIGIBILITY);
    assertThat(referral).isWaitingAtExactly(REVIEW_INELIGIBILITY);
    driver.complete(referral, REVIEW_INELIGIBILITY,
        Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, EligibilityReviewDecision.REJECT.name()));

    assertThat(referral).hasPassed(END_REJECTED).hasNotPassed(CHECK_OVERLAP).isEnded();
    assertThat(fakes.outcomeOf(referral)).isEqualTo("REJECTED");
  }

  @Test
  void complementRequestedFromThePartnerIsCheckedAgain() {
    eligible = false;
    ProcessInstance referral = start("UNFIT_HOUSING");
    driver.executeJob(referral, CHECK_ELIGIBILITY);
    driver.complete(referral, REVIEW_INELIGIBILITY,
        Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, EligibilityReviewDecision.REQUEST_COMPLEMENT.name()));
    assertThat(referral).isWaitingAtExactly(COMPLETE_REFERRAL);
    driver.complete(referral, COMPLETE_REFERRAL, Map.of(Vars.CONSENT_TO_ACCOMPANIMENT, true,
        Vars.PRIORITY_CATEGORIES, TypedVariables.engineValue(List.of("UNFIT_HOUSING", "SINGLE_WOMAN_WITH_CHILDREN"))));
    eligible = true;
    driver.executeJob(referral, CHECK_ELIGIBILITY);

    assertThat(referral).hasPassedInOrder(REVIEW_INELIGIBILITY, COMPLETE_REFERRAL, UPDATE_REFERRAL, CHECK_ELIGIBILITY,
        CHECK_OVERLAP, FIND_MATCHING_DWELLINGS).isWaitingAtExactly(PROPOSE_DWELLING);
    assertThat(fakes.outcomeOf(referral)).isNull();
  }

  @Test
  void derogationLetsTheCaseGoOn() {
    eligible = false;
    ProcessInstance referral = start("DALO");
    driver.executeJob(referral, CHECK_ELIGIBILITY);
    driver.complete(referral, REVIEW_INELIGIBILITY, Map.of(
        Vars.ELIGIBILITY_REVIEW_DECISION, EligibilityReviewDecision.DEROGATE.name(),
        Vars.DEROGATION_REASON, "Consentement recueilli oralement"));

    assertThat(referral).isWaitingAtExactly(PROPOSE_DWELLING).hasNotPassed(COMPLETE_REFERRAL);
  }

  @Test
  void coordinatorStopsWhenAnotherMeasureIsInPlace() {
    overlapFound = true;
    ProcessInstance referral = start("LEAVING_SHELTER");
    driver.executeJob(referral, CHECK_ELIGIBILITY);
    assertThat(referral).isWaitingAtExactly(COORDINATE_OVERLAP);
    driver.complete(referral, COORDINATE_OVERLAP, Map.of(Vars.OVERLAP_DECISION, OverlapDecision.STOP.name()));

    assertThat(referral).hasPassed(END_STOPPED_FOR_OVERLAP).hasNotPassed(FIND_MATCHING_DWELLINGS).isEnded();
    assertThat(fakes.outcomeOf(referral)).isEqualTo("SUPERPOSITION_AVOIDED");
  }

  @Test
  void coordinatorContinuesDespiteTheOverlap() {
    overlapFound = true;
    ProcessInstance referral = start("LEAVING_SHELTER");
    driver.executeJob(referral, CHECK_ELIGIBILITY);
    driver.complete(referral, COORDINATE_OVERLAP, Map.of(Vars.OVERLAP_DECISION, OverlapDecision.CONTINUE.name()));

    assertThat(referral).isWaitingAtExactly(PROPOSE_DWELLING);
    assertThat(fakes.outcomeOf(referral)).isNull();
  }

  @Test
  void inadmissibleFileEndsTheCase() {
    ProcessInstance referral = untilProposal("LEAVING_SHELTER");
    driver.complete(referral, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, "LIL-T3-01"));
    driver.complete(referral, ATTRIBUTION_COMMISSION,
        Map.of(Vars.COMMISSION_DECISION, CommissionDecision.INADMISSIBLE.name()));

    assertThat(referral).hasPassed(END_INADMISSIBLE).hasNotPassed(RECORD_ATTRIBUTION).isEnded();
    assertThat(fakes.outcomeOf(referral)).isEqualTo("INADMISSIBLE");
  }

  @Test
  void withoutAFittingDwellingTheCaseWaitsAndSearchesAgain() {
    dwellingsAvailable = false;
    ProcessInstance referral = start("LEAVING_SHELTER");
    driver.executeJob(referral, CHECK_ELIGIBILITY);
    assertThat(referral).isWaitingAtExactly(VACANCY_RECHECK_DUE).variables().containsEntry(Vars.PROPOSAL_COUNT, 0);

    dwellingsAvailable = true;
    driver.fireTimer(referral, VACANCY_RECHECK_DUE);
    assertThat(referral).isWaitingAtExactly(PROPOSE_DWELLING).variables().containsEntry(Vars.PROPOSAL_COUNT, 1);
  }

  @Test
  void threeRefusedProposalsEndTheCaseWithoutAttribution() {
    ProcessInstance referral = untilProposal("LEAVING_SHELTER");
    for (int proposal = 1; proposal <= AccessPathway.MAX_PROPOSALS; proposal++) {
      assertThat(referral).isWaitingAtExactly(PROPOSE_DWELLING).variables()
          .containsEntry(Vars.PROPOSAL_COUNT, proposal);
      driver.complete(referral, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, "LIL-T3-0" + proposal));
      driver.complete(referral, ATTRIBUTION_COMMISSION,
          Map.of(Vars.COMMISSION_DECISION, CommissionDecision.NOT_ATTRIBUTED.name()));
    }

    assertThat(referral).hasPassed(END_NO_ATTRIBUTION).hasNotPassed(RECORD_ATTRIBUTION).isEnded();
    assertThat(fakes.outcomeOf(referral)).isEqualTo("NOT_ATTRIBUTED");
  }

  @Test
  void hostingSlidesToSlidingLeaseThenDirectLease() {
    ProcessInstance referral = untilProposal("LEAVING_SHELTER");
    attribute(referral, OccupancyStatus.HOSTING);
    signContractAndAgreeObjectives(referral);
    driver.fireTimer(referral, REVIEW_DUE);
    review(referral, ReviewDecision.CONTINUE);
    assertThat(referral).isWaitingAt(REVIEW_DUE);
    // the 24-month alert is for sliding leases only
    driver.fireTimer(referral, SLIDING_LEASE_OVERDUE);
    assertThat(referral).isWaitingAtExactly(STATUS_PERIOD, REVIEW_DUE).hasNotPassed(REVIEW_LONG_SLIDING_LEASE);
    driver.fireTimer(referral, REVIEW_DUE);
    review(referral, ReviewDecision.ADVANCE);

    assertThat(referral).variables().containsEntry(Vars.OCCUPANCY_STATUS, OccupancyStatus.SLIDING_LEASE.name());
    signContractAndAgreeObjectives(referral);
    driver.fireTimer(referral, PREFECT_NOTICE_DUE);
    driver.complete(referral, NOTIFY_PREFECT, Map.of());
    driver.fireTimer(referral, SLIDING_LEASE_REVIEW_DUE);
    review(referral, ReviewDecision.ADVANCE);

    assertThat(referral).variables().containsEntry(Vars.OCCUPANCY_STATUS, OccupancyStatus.DIRECT_LEASE.name());
    signContractAndAgreeObjectives(referral);
    driver.fireTimer(referral, DIRECT_LEASE_ACCOMPANIMENT_ENDS);
    driver.complete(referral, FINAL_EVALUATION, Map.of(Vars.ACCESS_OUTCOME, AccessOutcome.STABLE_TENANCY.name()));

    assertThat(referral).hasPassed(END_COMPLETED).isEnded();
    assertThat(fakes.outcomeOf(referral)).isEqualTo("COMPLETED");
    assertThat(fakes.calls("contractTransition")).isEqualTo(3);
    assertThat(fakes.calls("reviewRecording")).isEqualTo(3);
  }

  @Test
  void slidingLeaseOverTwentyFourMonthsAlertsTheCoordinatorThenTheReviewEndsThePathway() {
    ProcessInstance referral = untilProposal("YOUNG_PERSON");
    attribute(referral, OccupancyStatus.SLIDING_LEASE);
    signContractAndAgreeObjectives(referral);
    assertThat(referral).isWaitingAtExactly(STATUS_PERIOD, PREFECT_NOTICE_DUE);

    // non-interrupting: the coordinator's task runs beside the period, which goes on
    driver.fireTimer(referral, SLIDING_LEASE_OVERDUE);
    assertThat(referral).isWaitingAtExactly(REVIEW_LONG_SLIDING_LEASE, STATUS_PERIOD, PREFECT_NOTICE_DUE);
    driver.complete(referral, REVIEW_LONG_SLIDING_LEASE, Map.of());
    assertThat(referral).isWaitingAtExactly(STATUS_PERIOD, PREFECT_NOTICE_DUE);

    driver.fireTimer(referral, PREFECT_NOTICE_DUE);
    driver.complete(referral, NOTIFY_PREFECT, Map.of());
    driver.fireTimer(referral, SLIDING_LEASE_REVIEW_DUE);
    review(referral, ReviewDecision.END);
    assertThat(referral).isWaitingAtExactly(FINAL_EVALUATION).hasNotPassed(ADVANCE_STATUS);
    driver.complete(referral, FINAL_EVALUATION, Map.of(Vars.ACCESS_OUTCOME, AccessOutcome.ENDED_EARLY.name()));

    assertThat(referral).hasPassed(END_COMPLETED).isEnded();
    assertThat(fakes.outcomeOf(referral)).isEqualTo("COMPLETED");
  }

  @Test
  void directLeaseChosenByTheDecisionTableFromTheStart() {
    ProcessInstance referral = untilProposal("DALO");
    attribute(referral, OccupancyStatus.DIRECT_LEASE);
    signContractAndAgreeObjectives(referral);
    assertThat(referral).isWaitingAtExactly(STATUS_PERIOD, DIRECT_LEASE_ACCOMPANIMENT_ENDS);

    driver.fireTimer(referral, SLIDING_LEASE_OVERDUE);
    assertThat(referral).isWaitingAtExactly(STATUS_PERIOD, DIRECT_LEASE_ACCOMPANIMENT_ENDS)
        .hasNotPassed(REVIEW_LONG_SLIDING_LEASE);
    driver.fireTimer(referral, DIRECT_LEASE_ACCOMPANIMENT_ENDS);
    driver.complete(referral, FINAL_EVALUATION, Map.of(Vars.ACCESS_OUTCOME, AccessOutcome.STABLE_TENANCY.name()));

    assertThat(referral).hasPassed(END_COMPLETED).hasNotPassed(PERIODIC_REVIEW, ADVANCE_STATUS, PREFECT_NOTICE_DUE)
        .isEnded();
  }

  @Test
  void householdLeavingAfterEntryInterruptsThePeriodAndClosesTheCase() {
    ProcessInstance referral = untilProposal("LEAVING_SHELTER");
    attribute(referral, OccupancyStatus.HOSTING);
    signContractAndAgreeObjectives(referral);

    processEngine.getRuntimeService().createMessageCorrelation(AccessPathway.MESSAGE_HOUSEHOLD_LEFT)
        .processInstanceBusinessKey(referral.getBusinessKey())
        .setVariable(Vars.DEPARTURE_REASON, "RELOGEMENT_FAMILLE")
        .correlate();

    assertThat(referral).hasPassed(CLOSE_ON_DEPARTURE, END_HOUSEHOLD_LEFT).hasNotPassed(PERIODIC_REVIEW, FINAL_EVALUATION)
        .isEnded();
    assertThat(fakes.outcomeOf(referral)).isEqualTo("HOUSEHOLD_LEFT");
    assertThat(fakes.calls("householdDeparture")).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------------------

  ProcessInstance start(String category) {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(AccessPathway.KEY,
        TestData.caseReference(AccessPathway.CASE_PREFIX), TestData.referral().categories(category).toVariables());
    assertThat(instance).hasPassed(REGISTER_REFERRAL).isWaitingAtExactly(CHECK_ELIGIBILITY);
    return instance;
  }

  ProcessInstance untilProposal(String category) {
    ProcessInstance referral = start(category);
    driver.executeJob(referral, CHECK_ELIGIBILITY);
    assertThat(referral).isWaitingAtExactly(PROPOSE_DWELLING);
    return referral;
  }

  /** The commission attributes the proposed dwelling; the decision table picks the entry status. */
  void attribute(ProcessInstance referral, OccupancyStatus expectedStatus) {
    driver.complete(referral, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, "LIL-T3-01"));
    driver.complete(referral, ATTRIBUTION_COMMISSION,
        Map.of(Vars.COMMISSION_DECISION, CommissionDecision.ATTRIBUTED.name()));
    assertThat(referral).hasPassed(DETERMINE_ORIENTATION).isWaitingAtExactly(STATUS_PERIOD, SIGN_CONTRACT)
        .variables().containsEntry(Vars.OCCUPANCY_STATUS, expectedStatus.name())
        .containsEntry(Vars.DWELLING_REFERENCE, "LIL-T3-01");
  }

  void signContractAndAgreeObjectives(ProcessInstance referral) {
    driver.complete(referral, SIGN_CONTRACT, Map.of());
    driver.complete(referral, AGREE_OBJECTIVES, Map.of());
  }

  void review(ProcessInstance referral, ReviewDecision decision) {
    driver.complete(referral, PERIODIC_REVIEW, Map.of(Vars.REVIEW_DECISION, decision.name()));
  }
}
