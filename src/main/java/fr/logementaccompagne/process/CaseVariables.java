package fr.logementaccompagne.process;

/**
 * Variables every pathway holds, under the same names (docs/process-contract.md). The pathways' own {@code Vars}
 * repeat them by reference, so code shared by the pathways (overlap check, boundary, history) reads them here.
 */
public final class CaseVariables {

  /** The case reference, also the business key: {@code ACC-2026-000123}, {@code MNT-2026-000045}. */
  public static final String CASE_REFERENCE = "caseReference";
  /**
   * The household's <em>reference</em> ({@code MEN-2026-0042}), not its database id, despite the name: the name
   * is kept because running instances, their history and integrators' queries use it (docs/process-contract.md).
   */
  public static final String HOUSEHOLD_ID = "householdId";
  /** The household's reference as the start request sent it; {@link #HOUSEHOLD_ID} holds the same value. */
  public static final String HOUSEHOLD_REFERENCE = "householdReference";
  public static final String PARTNER_CODE = "partnerCode";
  public static final String TERRITORY_CODE = "territoryCode";
  public static final String BASIN_CODE = "basinCode";
  public static final String DWELLING_REFERENCE = "dwellingReference";
  public static final String DIAGNOSTIC_PROVIDER_CODE = "diagnosticProviderCode";
  public static final String ACCOMPANIMENT_PROVIDER_CODE = "accompanimentProviderCode";
  /** Set by the overlap check of both pathways. */
  public static final String OVERLAP_FOUND = "overlapFound";
  public static final String OVERLAP_SUMMARY = "overlapSummary";
  public static final String OVERLAP_DECISION = "overlapDecision";

  /** The same variables with their one canonical type (ADR 33): code reads and writes them through these. */
  public static final class Typed {
    public static final ProcessVariable<String> CASE_REFERENCE = ProcessVariable.text(CaseVariables.CASE_REFERENCE);
    public static final ProcessVariable<String> HOUSEHOLD_ID = ProcessVariable.text(CaseVariables.HOUSEHOLD_ID);
    public static final ProcessVariable<String> HOUSEHOLD_REFERENCE =
        ProcessVariable.text(CaseVariables.HOUSEHOLD_REFERENCE);
    public static final ProcessVariable<String> PARTNER_CODE = ProcessVariable.text(CaseVariables.PARTNER_CODE);
    public static final ProcessVariable<String> TERRITORY_CODE = ProcessVariable.text(CaseVariables.TERRITORY_CODE);
    public static final ProcessVariable<String> BASIN_CODE = ProcessVariable.text(CaseVariables.BASIN_CODE);
    public static final ProcessVariable<String> DWELLING_REFERENCE =
        ProcessVariable.text(CaseVariables.DWELLING_REFERENCE);
    public static final ProcessVariable<String> DIAGNOSTIC_PROVIDER_CODE =
        ProcessVariable.text(CaseVariables.DIAGNOSTIC_PROVIDER_CODE);
    public static final ProcessVariable<String> ACCOMPANIMENT_PROVIDER_CODE =
        ProcessVariable.text(CaseVariables.ACCOMPANIMENT_PROVIDER_CODE);
    public static final ProcessVariable<Boolean> OVERLAP_FOUND = ProcessVariable.flag(CaseVariables.OVERLAP_FOUND);
    public static final ProcessVariable<String> OVERLAP_SUMMARY = ProcessVariable.text(CaseVariables.OVERLAP_SUMMARY);
    public static final ProcessVariable<OverlapDecision> OVERLAP_DECISION =
        ProcessVariable.decision(CaseVariables.OVERLAP_DECISION, OverlapDecision.class);

    private Typed() {
    }
  }

  private CaseVariables() {
  }
}
