package fr.logementaccompagne.process.access;

import fr.logementaccompagne.process.CaseVariables;
import fr.logementaccompagne.process.OverlapDecision;
import fr.logementaccompagne.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Process API of {@code access-pathway} (docs/process-contract.md): its key, element ids, message and variable names
 * and decision values. Code and tests use these constants, never the strings.
 */
public final class AccessPathway {

  public static final String KEY = "access-pathway";
  public static final String CASE_PREFIX = "ACC";

  private AccessPathway() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "StartEvent_ReferralReceived";
    public static final String REGISTER_REFERRAL = "Task_RegisterReferral";
    public static final String CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String REVIEW_INELIGIBILITY = "Task_ReviewIneligibility";
    public static final String COMPLETE_REFERRAL = "Task_CompleteReferral";
    public static final String UPDATE_REFERRAL = "Task_UpdateReferral";
    public static final String CHECK_OVERLAP = "Task_CheckOverlap";
    public static final String COORDINATE_OVERLAP = "Task_CoordinateOverlap";
    public static final String FIND_MATCHING_DWELLINGS = "Task_FindMatchingDwellings";
    public static final String VACANCY_RECHECK_DUE = "Event_VacancyRecheckDue";
    public static final String PROPOSE_DWELLING = "Task_ProposeDwelling";
    public static final String ATTRIBUTION_COMMISSION = "Task_AttributionCommission";
    public static final String RECORD_ATTRIBUTION = "Task_RecordAttribution";
    public static final String DETERMINE_ORIENTATION = "Task_DetermineOrientation";
    public static final String STATUS_PERIOD = "Sub_StatusPeriod";
    public static final String SIGN_CONTRACT = "Task_SignContract";
    public static final String OPEN_CONTRACT = "Task_OpenContract";
    public static final String AGREE_OBJECTIVES = "Task_AgreeObjectives";
    public static final String DIRECT_LEASE_ACCOMPANIMENT_ENDS = "Event_DirectLeaseAccompanimentEnds";
    public static final String PREFECT_NOTICE_DUE = "Event_PrefectNoticeDue";
    public static final String NOTIFY_PREFECT = "Task_NotifyPrefect";
    public static final String SLIDING_LEASE_REVIEW_DUE = "Event_SlidingLeaseReviewDue";
    public static final String REVIEW_DUE = "Event_ReviewDue";
    public static final String PERIODIC_REVIEW = "Task_PeriodicReview";
    public static final String RECORD_REVIEW = "Task_RecordReview";
    public static final String SLIDING_LEASE_OVERDUE = "Event_SlidingLeaseOverdue";
    public static final String REVIEW_LONG_SLIDING_LEASE = "Task_ReviewLongSlidingLease";
    public static final String ADVANCE_STATUS = "Task_AdvanceStatus";
    public static final String FINAL_EVALUATION = "Task_FinalEvaluation";
    public static final String CLOSE_ON_DEPARTURE = "Task_CloseOnDeparture";
    public static final String END_REJECTED = "End_ReferralRejected";
    public static final String END_STOPPED_FOR_OVERLAP = "End_StoppedForOverlap";
    public static final String END_NO_ATTRIBUTION = "End_NoAttribution";
    public static final String END_INADMISSIBLE = "End_Inadmissible";
    public static final String END_COMPLETED = "End_PathwayCompleted";
    public static final String END_HOUSEHOLD_LEFT = "End_HouseholdLeft";

    private Elements() {
    }
  }

  public static final String MESSAGE_HOUSEHOLD_LEFT = "HouseholdLeft";

  /** Process variable names. */
  public static final class Vars {
    public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
    public static final String HOUSEHOLD_ID = CaseVariables.HOUSEHOLD_ID;
    public static final String PARTNER_CODE = CaseVariables.PARTNER_CODE;
    public static final String TERRITORY_CODE = CaseVariables.TERRITORY_CODE;
    public static final String BASIN_CODE = CaseVariables.BASIN_CODE;
    public static final String HOUSEHOLD_REFERENCE = CaseVariables.HOUSEHOLD_REFERENCE;
    public static final String HOUSEHOLD_SIZE = "householdSize";
    public static final String DEPENDANTS = "dependants";
    public static final String ANNUAL_RESOURCES_EUR = "annualResourcesEur";
    public static final String PRIORITY_CATEGORIES = "priorityCategories";
    public static final String NEEDS_MOTOR_ADAPTED_DWELLING = "needsMotorAdaptedDwelling";
    public static final String CONSENT_TO_ACCOMPANIMENT = "consentToAccompaniment";
    public static final String PROGRAMME_CODE = "programmeCode";
    public static final String ELIGIBLE = "eligible";
    public static final String INELIGIBILITY_REASONS = "ineligibilityReasons";
    public static final String ELIGIBILITY_REVIEW_DECISION = "eligibilityReviewDecision";
    public static final String DEROGATION_REASON = "derogationReason";
    public static final String OVERLAP_FOUND = CaseVariables.OVERLAP_FOUND;
    public static final String OVERLAP_SUMMARY = CaseVariables.OVERLAP_SUMMARY;
    public static final String OVERLAP_DECISION = CaseVariables.OVERLAP_DECISION;
    public static final String DWELLING_OPTIONS = "dwellingOptions";
    public static final String DWELLINGS_AVAILABLE = "dwellingsAvailable";
    public static final String PROPOSAL_COUNT = "proposalCount";
    public static final String PROPOSED_DWELLING_REFERENCE = "proposedDwellingReference";
    public static final String COMMISSION_DECISION = "commissionDecision";
    public static final String DWELLING_REFERENCE = CaseVariables.DWELLING_REFERENCE;
    public static final String QUOTA_WARNING = "quotaWarning";
    public static final String OCCUPANCY_STATUS = "occupancyStatus";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String LAST_REVIEW_DECISION = "lastReviewDecision";
    public static final String ACCESS_OUTCOME = "accessOutcome";
    public static final String DEPARTURE_REASON = "departureReason";
    public static final String LEASE_WILL_SLIDE = "leaseWillSlide";
    public static final String PREFECT_NOTIFIED_ON = "prefectNotifiedOn";

    private Vars() {
    }
  }

  /** The variables with their one canonical type (ADR 33); shared ones are {@link CaseVariables.Typed}'s. */
  public static final class Typed {
    public static final ProcessVariable<String> CASE_REFERENCE = CaseVariables.Typed.CASE_REFERENCE;
    public static final ProcessVariable<String> HOUSEHOLD_ID = CaseVariables.Typed.HOUSEHOLD_ID;
    public static final ProcessVariable<String> PARTNER_CODE = CaseVariables.Typed.PARTNER_CODE;
    public static final ProcessVariable<String> TERRITORY_CODE = CaseVariables.Typed.TERRITORY_CODE;
    public static final ProcessVariable<String> BASIN_CODE = CaseVariables.Typed.BASIN_CODE;
    public static final ProcessVariable<String> HOUSEHOLD_REFERENCE = CaseVariables.Typed.HOUSEHOLD_REFERENCE;
    public static final ProcessVariable<Integer> HOUSEHOLD_SIZE = ProcessVariable.integer(Vars.HOUSEHOLD_SIZE);
    public static final ProcessVariable<Integer> DEPENDANTS = ProcessVariable.integer(Vars.DEPENDANTS);
    public static final ProcessVariable<BigDecimal> ANNUAL_RESOURCES_EUR =
        ProcessVariable.amount(Vars.ANNUAL_RESOURCES_EUR);
    /** Codes of the reference data's priority categories (a table, not an enum: the programme adds categories). */
    public static final ProcessVariable<List<String>> PRIORITY_CATEGORIES =
        ProcessVariable.codes(Vars.PRIORITY_CATEGORIES);
    public static final ProcessVariable<Boolean> NEEDS_MOTOR_ADAPTED_DWELLING =
        ProcessVariable.flag(Vars.NEEDS_MOTOR_ADAPTED_DWELLING);
    public static final ProcessVariable<Boolean> CONSENT_TO_ACCOMPANIMENT =
        ProcessVariable.flag(Vars.CONSENT_TO_ACCOMPANIMENT);
    public static final ProcessVariable<String> PROGRAMME_CODE = ProcessVariable.text(Vars.PROGRAMME_CODE);
    public static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.flag(Vars.ELIGIBLE);
    public static final ProcessVariable<String> INELIGIBILITY_REASONS =
        ProcessVariable.text(Vars.INELIGIBILITY_REASONS);
    public static final ProcessVariable<EligibilityReviewDecision> ELIGIBILITY_REVIEW_DECISION =
        ProcessVariable.decision(Vars.ELIGIBILITY_REVIEW_DECISION, EligibilityReviewDecision.class);
    public static final ProcessVariable<String> DEROGATION_REASON = ProcessVariable.text(Vars.DEROGATION_REASON);
    public static final ProcessVariable<Boolean> OVERLAP_FOUND = CaseVariables.Typed.OVERLAP_FOUND;
    public static final ProcessVariable<String> OVERLAP_SUMMARY = CaseVariables.Typed.OVERLAP_SUMMARY;
    public static final ProcessVariable<OverlapDecision> OVERLAP_DECISION = CaseVariables.Typed.OVERLAP_DECISION;
    public static final ProcessVariable<List<ProcessVariable.Choice>> DWELLING_OPTIONS =
        ProcessVariable.choices(Vars.DWELLING_OPTIONS);
    public static final ProcessVariable<Boolean> DWELLINGS_AVAILABLE = ProcessVariable.flag(Vars.DWELLINGS_AVAILABLE);
    public static final ProcessVariable<Integer> PROPOSAL_COUNT = ProcessVariable.integer(Vars.PROPOSAL_COUNT);
    public static final ProcessVariable<String> PROPOSED_DWELLING_REFERENCE =
        ProcessVariable.text(Vars.PROPOSED_DWELLING_REFERENCE);
    public static final ProcessVariable<CommissionDecision> COMMISSION_DECISION =
        ProcessVariable.decision(Vars.COMMISSION_DECISION, CommissionDecision.class);
    public static final ProcessVariable<String> DWELLING_REFERENCE = CaseVariables.Typed.DWELLING_REFERENCE;
    public static final ProcessVariable<String> QUOTA_WARNING = ProcessVariable.text(Vars.QUOTA_WARNING);
    /** Written by the decision table {@code initial-occupancy-status}, a name of {@code contract.OccupancyStatus}. */
    public static final ProcessVariable<String> OCCUPANCY_STATUS = ProcessVariable.text(Vars.OCCUPANCY_STATUS);
    public static final ProcessVariable<ReviewDecision> REVIEW_DECISION =
        ProcessVariable.decision(Vars.REVIEW_DECISION, ReviewDecision.class);
    public static final ProcessVariable<ReviewDecision> LAST_REVIEW_DECISION =
        ProcessVariable.decision(Vars.LAST_REVIEW_DECISION, ReviewDecision.class);
    public static final ProcessVariable<AccessOutcome> ACCESS_OUTCOME =
        ProcessVariable.decision(Vars.ACCESS_OUTCOME, AccessOutcome.class);
    public static final ProcessVariable<String> DEPARTURE_REASON = ProcessVariable.text(Vars.DEPARTURE_REASON);
    public static final ProcessVariable<LeaseWillSlide> LEASE_WILL_SLIDE =
        ProcessVariable.decision(Vars.LEASE_WILL_SLIDE, LeaseWillSlide.class);
    public static final ProcessVariable<LocalDate> PREFECT_NOTIFIED_ON = ProcessVariable.date(Vars.PREFECT_NOTIFIED_ON);

    private Typed() {
    }
  }

  public enum EligibilityReviewDecision { REQUEST_COMPLEMENT, REJECT, DEROGATE }

  public enum CommissionDecision { ATTRIBUTED, NOT_ATTRIBUTED, INADMISSIBLE }

  public enum ReviewDecision { CONTINUE, ADVANCE, END }

  /** What the prefect is told on {@code Task_NotifyPrefect}. */
  public enum LeaseWillSlide { YES, NO }

  public enum AccessOutcome { STABLE_TENANCY, ENDED_EARLY, REORIENTED }

  /** Most dwelling proposals before the case ends without attribution. */
  public static final int MAX_PROPOSALS = 3;
}
