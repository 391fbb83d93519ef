package fr.logementaccompagne.process;

/** Camunda group ids of docs/process-contract.md. Candidate groups in the diagrams use the same names. */
public final class Groups {

  public static final String PRIORITY_PUBLICS = "priority-publics";
  public static final String MANAGERS = "managers";
  public static final String ANALYSTS = "analysts";
  /** The litigation unit that prepares the twice-yearly litigation commission. */
  public static final String LITIGATION = "litigation";
  public static final String ADMINISTRATORS = "camunda-admin";
  public static final String PARTNER_PREFIX = "partner-";
  public static final String AGENCY_PREFIX = "agency-";
  public static final String COORDINATOR_PREFIX = "coordinator-";
  public static final String PROVIDER_PREFIX = "provider-";

  private Groups() {
  }

  public static String partner(String partnerCode) {
    return PARTNER_PREFIX + partnerCode;
  }

  public static String agency(String territoryCode) {
    return AGENCY_PREFIX + territoryCode;
  }

  public static String coordinator(String basinCode) {
    return COORDINATOR_PREFIX + basinCode;
  }

  public static String provider(String providerCode) {
    return PROVIDER_PREFIX + providerCode;
  }
}
