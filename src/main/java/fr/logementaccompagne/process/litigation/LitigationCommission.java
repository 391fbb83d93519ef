package fr.logementaccompagne.process.litigation;

import fr.logementaccompagne.process.ProcessVariable;
import java.time.LocalDate;
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

  /** The variables with their one canonical type (ADR 33). */
  public static final class Typed {
    public static final ProcessVariable<Long> COMMISSION_ID = ProcessVariable.identifier(Vars.COMMISSION_ID);
    public static final ProcessVariable<String> COMMISSION_NUMBER = ProcessVariable.text(Vars.COMMISSION_NUMBER);
    public static final ProcessVariable<LocalDate> SESSION_DATE = ProcessVariable.date(Vars.SESSION_DATE);
    public static final ProcessVariable<String> AGENDA_SUMMARY = ProcessVariable.text(Vars.AGENDA_SUMMARY);
    public static final ProcessVariable<PreparationDecision> PREPARATION_DECISION =
        ProcessVariable.decision(Vars.PREPARATION_DECISION, PreparationDecision.class);
    /** Case references typed in a text field, separated by commas, semicolons or spaces. */
    public static final ProcessVariable<String> FILES_TO_ADD = ProcessVariable.text(Vars.FILES_TO_ADD);
    public static final ProcessVariable<String> FILES_TO_REMOVE = ProcessVariable.text(Vars.FILES_TO_REMOVE);
    public static final ProcessVariable<String> PREPARATION_REASON = ProcessVariable.text(Vars.PREPARATION_REASON);
    public static final ProcessVariable<String> AGENDA_FILE = ProcessVariable.text(Vars.AGENDA_FILE);
    public static final ProcessVariable<LitigationDecision> LITIGATION_DECISION =
        ProcessVariable.decision(Vars.LITIGATION_DECISION, LitigationDecision.class);
    public static final ProcessVariable<String> DECISION_NOTE = ProcessVariable.text(Vars.DECISION_NOTE);
    public static final ProcessVariable<String> FOLLOW_UP_ACTION = ProcessVariable.text(Vars.FOLLOW_UP_ACTION);

    private Typed() {
    }
  }

  public enum PreparationDecision { AGENDA_AS_BUILT, AGENDA_CHANGED }

  public enum LitigationDecision { MAINTAIN_ACCOMPANIMENT, PAYMENT_PLAN, REFER_CCAPEX, PURSUE_PROCEDURE, POSTPONE }

  /** Why a file is on the agenda. */
  public enum Criterion { EVICTION_PROCEDURE, ARREARS_OVER_THRESHOLD, CONSENT_REFUSED, CONSENT_UNANSWERED,
    FLAGGED_AGAIN, ADDED_BY_UNIT }
}
