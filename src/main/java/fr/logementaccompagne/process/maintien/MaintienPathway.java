package fr.logementaccompagne.process.maintien;

import fr.logementaccompagne.process.CaseVariables;
import fr.logementaccompagne.process.OverlapDecision;
import fr.logementaccompagne.process.ProcessVariable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Process API of {@code maintien-pathway} and of the purchase order it calls (docs/process-contract.md): keys, element
 * ids, variable names and decision values. Code and tests use these constants, never the strings.
 */
public final class MaintienPathway {

  public static final String KEY = "maintien-pathway";
  public static final String PURCHASE_ORDER_KEY = "maintien-purchase-order";

  private MaintienPathway() {
  }

  public static final class Elements {
    public static final String START = "StartEvent_AlertReceived";
    public static final String REGISTER_ALERT = "Task_RegisterAlert";
    public static final String CHECK_OVERLAP = "Task_CheckOverlap";
    public static final String COORDINATE_OVERLAP = "Task_CoordinateOverlap";
    public static final String OBTAIN_CONSENT = "Task_ObtainConsent";
    public static final String CONSENT_REMINDER_DUE = "Event_ConsentReminderDue";
    public static final String SEND_CONSENT_REMINDER = "Task_SendConsentReminder";
    public static final String CONSENT_ESCALATION_DUE = "Event_ConsentEscalationDue";
    public static final String ESCALATE_CONSENT = "Task_EscalateConsent";
    public static final String ORDER_DIAGNOSTIC = "Call_OrderDiagnostic";
    public static final String PERFORM_DIAGNOSTIC = "Task_PerformDiagnostic";
    public static final String DIAGNOSTIC_LATE = "Event_DiagnosticLate";
    public static final String FOLLOW_UP_LATE_DIAGNOSTIC = "Task_FollowUpLateDiagnostic";
    public static final String DETERMINE_SCALE = "Task_DetermineScale";
    public static final String ORDER_ACCOMPANIMENT = "Call_OrderAccompaniment";
    public static final String PROGRESS_REPORT_DUE = "Event_ProgressReportDue";
    public static final String PROGRESS_REPORT = "Task_ProgressReport";
    public static final String FINAL_REPORT = "Task_FinalReport";
    public static final String RECORD_OUTCOME = "Task_RecordOutcome";
    public static final String END_SUPERPOSITION_AVOIDED = "End_SuperpositionAvoided";
    public static final String END_CONSENT_REFUSED = "End_ConsentRefused";
    public static final String END_DIAGNOSTIC_NOT_FUNDED = "End_DiagnosticNotFunded";
    public static final String END_NO_ACCOMPANIMENT = "End_NoAccompanimentNeeded";
    public static final String END_ACCOMPANIMENT_NOT_FUNDED = "End_AccompanimentNotFunded";
    public static final String END_CASE_CLOSED = "End_CaseClosed";
    // maintien-purchase-order
    public static final String PLACE_ORDER = "Task_PlaceOrder";
    public static final String BUDGET_ARBITRATION = "Task_BudgetArbitration";
    public static final String POSTPONEMENT_OVER = "Event_PostponementOver";
    public static final String RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String END_ORDER_COMMITTED = "End_OrderCommitted";
    public static final String END_ORDER_REFUSED = "End_OrderRefused";

    private Elements() {
    }
  }

  public static final class Vars {
    public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
    public static final String HOUSEHOLD_ID = CaseVariables.HOUSEHOLD_ID;
    public static final String HOUSEHOLD_REFERENCE = CaseVariables.HOUSEHOLD_REFERENCE;
    public static final String DWELLING_REFERENCE = CaseVariables.DWELLING_REFERENCE;
    public static final String TERRITORY_CODE = CaseVariables.TERRITORY_CODE;
    public static final String BASIN_CODE = CaseVariables.BASIN_CODE;
    public static final String ARREARS_AMOUNT_EUR = "arrearsAmountEur";
    public static final String ARREARS_MONTHS = "arrearsMonths";
    public static final String TROUBLE_KINDS = "troubleKinds";
    public static final String OVERLAP_DECISION = CaseVariables.OVERLAP_DECISION;
    public static final String CONSENT_DECISION = "consentDecision";
    public static final String LOT_NUMBER = "lotNumber";
    public static final String ORDER_AMOUNT_EUR = "orderAmountEur";
    /** The accompaniment scale (1 to 3) of a lot 2 or 3 order, printed on the purchase order. */
    public static final String PRICE_SCALE = "priceScale";
    public static final String ORDER_OUTCOME = "orderOutcome";
    public static final String PROVIDER_CODE = "providerCode";
    public static final String PURCHASE_ORDER_NUMBER = "purchaseOrderNumber";
    public static final String ENVELOPE_REMAINING_EUR = "envelopeRemainingEur";
    public static final String BUDGET_DECISION = "budgetDecision";
    public static final String DIAGNOSTIC_PROVIDER_CODE = CaseVariables.DIAGNOSTIC_PROVIDER_CODE;
    public static final String ACCOMPANIMENT_PROVIDER_CODE = CaseVariables.ACCOMPANIMENT_PROVIDER_CODE;
    public static final String DIAGNOSTIC_CONCLUSION = "diagnosticConclusion";
    public static final String PROGRESS_DECISION = "progressDecision";
    public static final String FINAL_OUTCOME = "finalOutcome";
    public static final String CONSENT_REMINDERS = "consentReminders";
    // social diagnostic form: health and other art. 9 details, kept out of the history (SensitiveVariableHistory)
    public static final String NEED_CODES = "needCodes";
    public static final String DIFFICULTY_HEALTH = "difficultyHealth";
    public static final String DIFFICULTY_EMPLOYMENT = "difficultyEmployment";
    public static final String DIFFICULTY_BEHAVIOUR = "difficultyBehaviour";
    public static final String DIFFICULTY_FINANCES = "difficultyFinances";
    public static final String DIFFICULTY_ENVIRONMENT = "difficultyEnvironment";
    /** The five difficulties of the social diagnostic form, scored 0 to 3. */
    public static final List<String> DIFFICULTIES = List.of(DIFFICULTY_HEALTH, DIFFICULTY_EMPLOYMENT,
        DIFFICULTY_BEHAVIOUR, DIFFICULTY_FINANCES, DIFFICULTY_ENVIRONMENT);
    /** The sum of the five difficulties (0 to 3 each), read by the DMN {@code accompaniment-scale}. */
    public static final String DIFFICULTY_TOTAL = "difficultyTotal";
    /** Rental management's own id of the alert (idempotent intake); set by the API only. */
    public static final String SOURCE_ALERT_ID = "sourceAlertId";

    private Vars() {
    }
  }

  /** The variables with their one canonical type (ADR 33); shared ones are {@link CaseVariables.Typed}'s. */
  public static final class Typed {
    public static final ProcessVariable<String> CASE_REFERENCE = CaseVariables.Typed.CASE_REFERENCE;
    public static final ProcessVariable<String> HOUSEHOLD_ID = CaseVariables.Typed.HOUSEHOLD_ID;
    public static final ProcessVariable<String> HOUSEHOLD_REFERENCE = CaseVariables.Typed.HOUSEHOLD_REFERENCE;
    public static final ProcessVariable<String> DWELLING_REFERENCE = CaseVariables.Typed.DWELLING_REFERENCE;
    public static final ProcessVariable<String> TERRITORY_CODE = CaseVariables.Typed.TERRITORY_CODE;
    public static final ProcessVariable<String> BASIN_CODE = CaseVariables.Typed.BASIN_CODE;
    public static final ProcessVariable<BigDecimal> ARREARS_AMOUNT_EUR =
        ProcessVariable.amount(Vars.ARREARS_AMOUNT_EUR);
    public static final ProcessVariable<Integer> ARREARS_MONTHS = ProcessVariable.integer(Vars.ARREARS_MONTHS);
    /** Names of {@link TroubleKind}; the intake's validator refuses other codes with its own message. */
    public static final ProcessVariable<List<String>> TROUBLE_KINDS = ProcessVariable.codes(Vars.TROUBLE_KINDS);
    public static final ProcessVariable<OverlapDecision> OVERLAP_DECISION = CaseVariables.Typed.OVERLAP_DECISION;
    public static final ProcessVariable<ConsentDecision> CONSENT_DECISION =
        ProcessVariable.decision(Vars.CONSENT_DECISION, ConsentDecision.class);
    public static final ProcessVariable<Integer> LOT_NUMBER = ProcessVariable.integer(Vars.LOT_NUMBER);
    public static final ProcessVariable<BigDecimal> ORDER_AMOUNT_EUR = ProcessVariable.amount(Vars.ORDER_AMOUNT_EUR);
    public static final ProcessVariable<Integer> PRICE_SCALE = ProcessVariable.integer(Vars.PRICE_SCALE);
    public static final ProcessVariable<OrderOutcome> ORDER_OUTCOME =
        ProcessVariable.decision(Vars.ORDER_OUTCOME, OrderOutcome.class);
    public static final ProcessVariable<String> PROVIDER_CODE = ProcessVariable.text(Vars.PROVIDER_CODE);
    public static final ProcessVariable<String> PURCHASE_ORDER_NUMBER =
        ProcessVariable.text(Vars.PURCHASE_ORDER_NUMBER);
    public static final ProcessVariable<BigDecimal> ENVELOPE_REMAINING_EUR =
        ProcessVariable.amount(Vars.ENVELOPE_REMAINING_EUR);
    public static final ProcessVariable<BudgetDecision> BUDGET_DECISION =
        ProcessVariable.decision(Vars.BUDGET_DECISION, BudgetDecision.class);
    public static final ProcessVariable<String> DIAGNOSTIC_PROVIDER_CODE = CaseVariables.Typed.DIAGNOSTIC_PROVIDER_CODE;
    public static final ProcessVariable<String> ACCOMPANIMENT_PROVIDER_CODE =
        CaseVariables.Typed.ACCOMPANIMENT_PROVIDER_CODE;
    public static final ProcessVariable<DiagnosticConclusion> DIAGNOSTIC_CONCLUSION =
        ProcessVariable.decision(Vars.DIAGNOSTIC_CONCLUSION, DiagnosticConclusion.class);
    public static final ProcessVariable<ProgressDecision> PROGRESS_DECISION =
        ProcessVariable.decision(Vars.PROGRESS_DECISION, ProgressDecision.class);
    public static final ProcessVariable<FinalOutcome> FINAL_OUTCOME =
        ProcessVariable.decision(Vars.FINAL_OUTCOME, FinalOutcome.class);
    public static final ProcessVariable<Integer> CONSENT_REMINDERS = ProcessVariable.integer(Vars.CONSENT_REMINDERS);
    public static final ProcessVariable<List<String>> NEED_CODES = ProcessVariable.codes(Vars.NEED_CODES);
    public static final ProcessVariable<Integer> DIFFICULTY_HEALTH = ProcessVariable.integer(Vars.DIFFICULTY_HEALTH);
    public static final ProcessVariable<Integer> DIFFICULTY_EMPLOYMENT =
        ProcessVariable.integer(Vars.DIFFICULTY_EMPLOYMENT);
    public static final ProcessVariable<Integer> DIFFICULTY_BEHAVIOUR =
        ProcessVariable.integer(Vars.DIFFICULTY_BEHAVIOUR);
    public static final ProcessVariable<Integer> DIFFICULTY_FINANCES =
        ProcessVariable.integer(Vars.DIFFICULTY_FINANCES);
    public static final ProcessVariable<Integer> DIFFICULTY_ENVIRONMENT =
        ProcessVariable.integer(Vars.DIFFICULTY_ENVIRONMENT);
    /** The five difficulties of the social diagnostic form, in {@link Vars#DIFFICULTIES}' order. */
    public static final List<ProcessVariable<Integer>> DIFFICULTIES = List.of(DIFFICULTY_HEALTH,
        DIFFICULTY_EMPLOYMENT, DIFFICULTY_BEHAVIOUR, DIFFICULTY_FINANCES, DIFFICULTY_ENVIRONMENT);
    public static final ProcessVariable<Integer> DIFFICULTY_TOTAL = ProcessVariable.integer(Vars.DIFFICULTY_TOTAL);
    public static final ProcessVariable<String> SOURCE_ALERT_ID = ProcessVariable.text(Vars.SOURCE_ALERT_ID);

    private Typed() {
    }
  }

  public enum TroubleKind { ARREARS, NEIGHBOURHOOD, UPKEEP, OTHER }

  public enum ConsentDecision { ACCEPTED, REFUSED }

  public enum OrderOutcome { COMMITTED, AWAITING_ARBITRATION, REFUSED }

  public enum BudgetDecision { APPROVE_OVER_ENVELOPE, POSTPONE, REFUSE }

  public enum DiagnosticConclusion { NO_ACCOMPANIMENT, STANDARD_ACCOMPANIMENT, PSYCHIATRIC_ACCOMPANIMENT }

  public enum ProgressDecision { CONTINUE, FINISH }

  public enum FinalOutcome { MAINTAINED, REFERRED_COMMON_LAW, EVICTION_PROCEDURE, LEFT }
}
