package fr.logementaccompagne.support;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.process.maintien.MaintienPathway.DiagnosticConclusion;
import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid test data with overrides: a referral or an alert that passes every rule unless a test changes one field,
 * so that each test shows only what matters to it. References are random: tests sharing one application and one
 * database never meet each other's households.
 */
public final class TestData {

  private TestData() {
  }

  /** A household reference no other test uses, e.g. {@code MEN-3FA29C1B}. */
  public static String householdReference(String prefix) {
    byte[] random = new byte[4];
    ThreadLocalRandom.current().nextBytes(random);
    return prefix + "-" + HexFormat.of().withUpperCase().formatHex(random);
  }

  /** A case reference for engine-only tests, where no sequence hands them out, e.g. {@code ACC-2026-483920}. */
  public static String caseReference(String casePrefix) {
    return casePrefix + "-" + Year.now() + "-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  /** VISA refers a household of 2 (one dependant) leaving a shelter in Lille, under the PLAI ceiling, consenting. */
  public static ReferralBuilder referral() {
    return new ReferralBuilder();
  }

  /** Rental management alerts on a Roubaix tenant with 4 months of arrears and an upkeep trouble. */
  public static AlertBuilder alert() {
    return new AlertBuilder();
  }

  /** What the provider's diagnostic form sets: its conclusion and the five difficulty levels, all the same. */
  public static Map<String, Object> diagnostic(DiagnosticConclusion conclusion, int eachDifficulty) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MaintienPathway.Vars.DIAGNOSTIC_CONCLUSION, conclusion.name());
    MaintienPathway.Vars.DIFFICULTIES.forEach(difficulty -> variables.put(difficulty, eachDifficulty));
    return variables;
  }

  public static final class ReferralBuilder {

    private String household = householdReference("MEN");
    private String partner = "VISA";
    private String territory = "LILLE";
    private int size = 2;
    private int dependants = 1;
    private BigDecimal resources = new BigDecimal("15000");
    private List<String> categories = List.of("LEAVING_SHELTER");
    private boolean motorAdapted;
    private boolean consent = true;

    public ReferralBuilder household(String reference) {
      this.household = reference;
      return this;
    }

    public ReferralBuilder categories(String... codes) {
      this.categories = List.of(codes);
      return this;
    }

    public ReferralBuilder size(int householdSize, int householdDependants) {
      this.size = householdSize;
      this.dependants = householdDependants;
      return this;
    }

    public ReferralBuilder withoutConsent() {
      this.consent = false;
      return this;
    }

    public String household() {
      return household;
    }

    public Referral build() {
      return new Referral(household, partner, territory, size, dependants, resources, categories, motorAdapted,
          consent, null);
    }

    /** The start variables as the engine keeps them, each of its canonical type (as the project's API starts). */
    public Map<String, Object> toVariables() {
      return TypedVariables.engineValues(build().toVariables());
    }

    /** The body of {@code POST /api/referrals}. */
    public Map<String, Object> body() {
      Map<String, Object> body = new HashMap<>();
      body.put("householdReference", household);
      body.put("partnerCode", partner);
      body.put("territoryCode", territory);
      body.put("householdSize", size);
      body.put("dependants", dependants);
      body.put("annualResourcesEur", resources);
      body.put("priorityCategories", categories);
      body.put("needsMotorAdaptedDwelling", motorAdapted);
      body.put("consentToAccompaniment", consent);
      return body;
    }
  }

  public static final class AlertBuilder {

    private String household = householdReference("LOC");
    private String dwelling = "ROU-BAV-07";
    private String territory = "ROUBAIX_TOURCOING";
    private BigDecimal arrears = new BigDecimal("1850.40");
    private int arrearsMonths = 4;
    private List<String> troubleKinds = List.of("ARREARS", "UPKEEP");

    public AlertBuilder household(String reference) {
      this.household = reference;
      return this;
    }

    public AlertBuilder dwelling(String reference, String territoryCode) {
      this.dwelling = reference;
      this.territory = territoryCode;
      return this;
    }

    public AlertBuilder arrears(String amountEur, int months, String... kinds) {
      this.arrears = new BigDecimal(amountEur);
      this.arrearsMonths = months;
      this.troubleKinds = List.of(kinds);
      return this;
    }

    public String household() {
      return household;
    }

    public MaintienAlert build() {
      return new MaintienAlert(household, dwelling, territory, arrears, arrearsMonths, troubleKinds);
    }

    /** The start variables as the engine keeps them, each of its canonical type (as the project's API starts). */
    public Map<String, Object> toVariables() {
      return TypedVariables.engineValues(build().toVariables());
    }

    /** The body of {@code POST /api/maintien/alerts}. */
    public Map<String, Object> body() {
      Map<String, Object> body = new HashMap<>();
      body.put("householdReference", household);
      body.put("dwellingReference", dwelling);
      body.put("territoryCode", territory);
      body.put("arrearsAmountEur", arrears);
      body.put("arrearsMonths", arrearsMonths);
      body.put("troubleKinds", troubleKinds);
      return body;
    }
  }
}
