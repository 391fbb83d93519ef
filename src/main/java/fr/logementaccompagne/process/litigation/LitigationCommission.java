package fr.logementaccompagne.process.litigation;

/**
 * Process API of {@code litigation-commission} (issue 12): key, element ids, message, variable names and decision
 * values. Code and tests use these constants, never the strings.
 */
public final class LitigationCommission {

  public static final String KEY = "litigation-commission";
  /** Sent to an open maintien case when the commission decided on its household's file. */
  public static final String MESSAGE_DECISION = "LitigationCommissionDecision";

  private LitigationCommission() {
  }

  public static final class Elements {
    /** The only start: the twice-yearly timer, or a manager's start form in Tasklist. */
    public static final String START = "StartEvent_CommissionDue";
    public static final String BUILD_AGENDA = "Task_BuildAgenda";
    public static final String PREPARE_AGENDA = "Task_PrepareAgenda";
    public static final String APPLY_PREPARATION = "Task_ApplyPreparation";
    public static final String EXAMINE_FILE = "SubProcess_ExamineFile";
    public static final String RECORD_DECISION = "Task_RecordDecision";
    public static final String FORWARD_DECISION = "Task_ForwardDecision";
    public static final String CLOSE_COMMISSION = "Task_CloseCommission";
    public static final String END_COMMISSION_HELD = "End_CommissionHeld";
    // in maintien-pathway: the decision reaching an open case
    public static final String DECISION_RECEIVED = "Event_CommissionDecisionReceived";
    public static final String APPLY_DECISION = "Task_ApplyCommissionDecision";

    private Elements() {
    }
  }

  public static final class Vars {
    public static final String COMMISSION_ID = "commissionId";
    public static final String COMMISSION_NUMBER = "commissionNumber";
    public static final String SESSION_DATE = "sessionDate";
    public static final String AGENDA_SUMMARY = "agendaSummary";
    public static final String PREPARATION_DECISION = "preparationDecision";
    public static final String FILES_TO_ADD = "filesToAdd";
    public static final String FILES_TO_REMOVE = "filesToRemove";
    public static final String PREPARATION_REASON = "preparationReason";
    /** Element variable of the examination: the case reference of one file. */
    public static final String AGENDA_FILE = "agendaFile";
    public static final String LITIGATION_DECISION = "litigationDecision";
    public static final String DECISION_NOTE = "decisionNote";
    /** Set on the maintien case by the message; its agency records what it did with the decision. */
    public static final String FOLLOW_UP_ACTION = "commissionFollowUp";

    private Vars() {
    }
  }

  public enum PreparationDecision { AGENDA_AS_BUILT, AGENDA_CHANGED }

  public enum LitigationDecision { MAINTAIN_ACCOMPANIMENT, PAYMENT_PLAN, REFER_CCAPEX, PURSUE_PROCEDURE, POSTPONE }

  /** Why a file is on the agenda. */
  public enum Criterion { EVICTION_PROCEDURE, ARREARS_OVER_THRESHOLD, CONSENT_REFUSED, CONSENT_UNANSWERED,
    FLAGGED_AGAIN, ADDED_BY_UNIT }
}
