package fr.logementaccompagne.reference;

import fr.logementaccompagne.jdbc.RecordRows;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read access to the programme's reference data: territories, partners, providers, categories, dwellings. */
@Repository
public class ReferenceDataRepository {

  private final JdbcClient jdbc;

  public ReferenceDataRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<CodeLabel> basins() {
    return jdbc.sql("SELECT code, label FROM basin ORDER BY code").query(RecordRows.of(CodeLabel.class)).list();
  }

  public List<Territory> territories() {
    return jdbc.sql("SELECT code, label, basin_code FROM territory ORDER BY code").query(RecordRows.of(Territory.class)).list();
  }

  public List<CodeLabel> partners() {
    return jdbc.sql("SELECT code, label FROM partner ORDER BY code").query(RecordRows.of(CodeLabel.class)).list();
  }

  public List<CodeLabel> providers() {
    return jdbc.sql("SELECT code, label FROM provider ORDER BY code").query(RecordRows.of(CodeLabel.class)).list();
  }

  public List<PriorityCategory> priorityCategories() {
    return jdbc.sql("SELECT code, label, quota_code FROM priority_category ORDER BY code")
        .query(RecordRows.of(PriorityCategory.class)).list();
  }

  public Set<String> priorityCategoryCodes() {
    return new HashSet<>(jdbc.sql("SELECT code FROM priority_category").query(String.class).list());
  }

  public boolean partnerExists(String code) {
    return code != null && jdbc.sql("SELECT COUNT(*) FROM partner WHERE code = :code").param("code", code)
        .query(Integer.class).single() > 0;
  }

  public boolean programmeExists(String code) {
    return code != null && jdbc.sql("SELECT COUNT(*) FROM programme WHERE code = :code").param("code", code)
        .query(Integer.class).single() > 0;
  }

  public Optional<String> basinOf(String territoryCode) {
    return jdbc.sql("SELECT basin_code FROM territory WHERE code = :code").param("code", territoryCode)
        .query(String.class).optional();
  }

  /**
   * Dwellings in the programme (active), optionally only the vacant ones (reported vacant by rental management
   * and without open contract) and only those of one territory.
   */
  public List<Dwelling> dwellings(Boolean vacant, String territoryCode) {
    return jdbc.sql("""
            SELECT d.reference, d.territory_code, d.commune, d.typology, d.financing, d.motor_adapted,
                   d.vacant AND NOT EXISTS (SELECT 1 FROM occupancy_contract c
                                            WHERE c.dwelling_id = d.id AND c.end_date IS NULL) AS vacant,
                   d.programme_code
            FROM dwelling d
            WHERE d.active AND (CAST(:territory AS VARCHAR(40)) IS NULL OR d.territory_code = :territory)
            ORDER BY d.reference
            """)
        .param("territory", territoryCode)
        .query(RecordRows.of(Dwelling.class)).list().stream()
        .filter(d -> vacant == null || d.vacant() == vacant)
        .toList();
  }

  public record CodeLabel(String code, String label) {
  }

  public record Territory(String code, String label, String basinCode) {
  }

  public record PriorityCategory(String code, String label, String quotaCode) {
  }

  public record Dwelling(String reference, String territoryCode, String commune, String typology,
                         String financing, boolean motorAdapted, boolean vacant, String programmeCode) {
  }

  /** The label of a code in a reference table; the table is one of the callers' constants, never a request's. */
  public Optional<String> labelOf(String table, String code) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table);
    }
    return jdbc.sql("SELECT label FROM " + table + " WHERE code = :code").param("code", code)
        .query(String.class).optional();
  }
}
