package fr.logementaccompagne.process;

import java.math.BigDecimal;

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

  private CaseVariables() {
  }

  /**
   * An amount in euros as a case variable: a Double, which Cockpit shows as a number (a BigDecimal is stored as a
   * serialized object, shown as {@code java.math.BigDecimal}). Exact amounts live in the domain store; this copy
   * is for reading and routing (ADR 20).
   */
  public static Double amount(BigDecimal eur) {
    return eur == null ? null : eur.doubleValue();
  }
}
