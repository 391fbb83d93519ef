package fr.logementaccompagne.security;

/** Camunda group ids of DESIGN section 7. Candidate groups in the diagrams use the same names. */
public final class Groups {

  public static final String PRIORITY_PUBLICS = "priority-publics";
  public static final String MANAGERS = "managers";
  public static final String ANALYSTS = "analysts";
  /** The litigation unit that prepares the twice-yearly litigation commission. */
  public static final String LITIGATION = "litigation";
  public static final String ADMINISTRATORS = "camunda-admin";

  private Groups() {
  }

  public static String partner(String partnerCode) {
    return "partner-" + partnerCode;
  }

  public static String agency(String territoryCode) {
    return "agency-" + territoryCode;
  }

  public static String coordinator(String basinCode) {
    return "coordinator-" + basinCode;
  }

  public static String provider(String providerCode) {
    return "provider-" + providerCode;
  }
}
