package fr.logementaccompagne.household;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Households of the domain store: composition, resources, territory, priority categories. */
@Repository
public class HouseholdRepository {

  private final JdbcClient jdbc;

  public HouseholdRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record HouseholdProfile(int householdSize, int dependants, BigDecimal annualResourcesEur,
                                 String territoryCode, String referringPartnerCode, boolean needsMotorAdapted) {
  }

  public Optional<Long> idOf(String reference) {
    return jdbc.sql("SELECT id FROM household WHERE reference = :reference")
        .param("reference", reference).query(Long.class).optional();
  }

  /** A tenant flagged by rental management: known by its reference and territory only, until a diagnostic. */
  public long ensureTenant(String reference, String territoryCode) {
    Optional<Long> existing = idOf(reference);
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql("INSERT INTO household (reference, territory_code) VALUES (:reference, :territory)")
        .param("reference", reference).param("territory", territoryCode).update();
    return idOf(reference).orElseThrow();
  }

  /** The household's id and whether this referral wrote its profile. */
  public record RecordedHousehold(long id, boolean wroteProfile) {
  }

  /**
   * Creates the household, or brings its profile up to date when the same partner referred it before. A household
   * another partner referred, or known only from a maintien alert, is left as it is: the new referral's profile
   * belongs to its own case (docs/adr/0015).
   */
  public RecordedHousehold recordReferral(String reference, HouseholdProfile profile,
                                          Collection<String> priorityCategories) {
    Optional<Long> existing = idOf(reference);
    if (existing.isPresent()) {
      return new RecordedHousehold(existing.get(), updateIfReferredBy(existing.get(), profile, priorityCategories));
    }
    jdbc.sql("""
            INSERT INTO household (reference, household_size, dependants, annual_resources_eur, territory_code,
                                   referring_partner_code, needs_motor_adapted)
            VALUES (:reference, :size, :dependants, :resources, :territory, :partner, :motor)""")
        .param("reference", reference).params(profileParams(profile)).update();
    long id = idOf(reference).orElseThrow();
    replaceCategories(id, priorityCategories);
    return new RecordedHousehold(id, true);
  }

  /** Updates the profile only if the profile's partner is the one who referred the household; true if it did. */
  public boolean updateIfReferredBy(long householdId, HouseholdProfile profile,
                                    Collection<String> priorityCategories) {
    int updated = jdbc.sql("""
            UPDATE household SET household_size = :size, dependants = :dependants,
                   annual_resources_eur = :resources, territory_code = :territory,
                   needs_motor_adapted = :motor
            WHERE id = :id AND referring_partner_code = :partner""")
        .param("id", householdId).params(profileParams(profile)).update();
    if (updated == 0) {
      return false;
    }
    replaceCategories(householdId, priorityCategories);
    return true;
  }

  public List<String> priorityCategories(long householdId) {
    return jdbc.sql("SELECT category_code FROM household_priority_category WHERE household_id = :id ORDER BY 1")
        .param("id", householdId).query(String.class).list();
  }

  /** Adds need codes of a social diagnostic to the household's record; codes it already has are kept once. */
  public void addNeeds(long householdId, List<String> needCodes) {
    for (String need : needCodes) {
      jdbc.sql("""
              INSERT INTO household_need (household_id, need_code) SELECT :id, :need
              WHERE NOT EXISTS (SELECT 1 FROM household_need WHERE household_id = :id AND need_code = :need)""")
          .param("id", householdId).param("need", need).update();
    }
  }

  public List<String> needs(long householdId) {
    return jdbc.sql("SELECT need_code FROM household_need WHERE household_id = :id ORDER BY need_code")
        .param("id", householdId).query(String.class).list();
  }

  private void replaceCategories(long householdId, Collection<String> categories) {
    jdbc.sql("DELETE FROM household_priority_category WHERE household_id = :id").param("id", householdId).update();
    for (String category : categories) {
      jdbc.sql("INSERT INTO household_priority_category (household_id, category_code) VALUES (:id, :code)")
          .param("id", householdId).param("code", category).update();
    }
  }

  private static Map<String, Object> profileParams(HouseholdProfile profile) {
    var params = new HashMap<String, Object>();
    params.put("size", profile.householdSize());
    params.put("dependants", profile.dependants());
    params.put("resources", profile.annualResourcesEur());
    params.put("territory", profile.territoryCode());
    params.put("partner", profile.referringPartnerCode());
    params.put("motor", profile.needsMotorAdapted());
    return params;
  }
}
