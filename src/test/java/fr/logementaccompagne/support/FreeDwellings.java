package fr.logementaccompagne.support;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps a few free dwellings in the territories the tests refer households to, before each class and each test of
 * the shared application (ADR 19). Cases that other classes left open hold the demo's dwellings (a proposal or an
 * attribution), so without it a referral late in the run would find none and wait for a vacancy, depending on
 * the order the classes ran in. Classes with a JVM of their own keep the demo data as it is.
 */
public class FreeDwellings implements BeforeAllCallback, BeforeEachCallback {

  static final List<String> TERRITORIES = List.of("LILLE", "ROUBAIX_TOURCOING");
  static final List<String> TYPOLOGIES = List.of("T2", "T3");
  static final int KEPT_FREE = 4;

  @Override
  public void beforeAll(ExtensionContext context) {
    topUp(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    topUp(context);
  }

  private static void topUp(ExtensionContext context) {
    if (context.getRequiredTestClass().isAnnotationPresent(OwnJvm.class)) {
      return;
    }
    JdbcTemplate jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
    for (String territory : TERRITORIES) {
      for (String typology : TYPOLOGIES) {
        Integer free = jdbc.queryForObject("""
            SELECT COUNT(*) FROM dwelling d
            WHERE d.territory_code = ? AND d.typology = ? AND d.financing = 'PLAI' AND d.active AND d.vacant
              AND NOT EXISTS (SELECT 1 FROM occupancy_contract c WHERE c.dwelling_id = d.id AND c.end_date IS NULL)
              AND NOT EXISTS (SELECT 1 FROM pathway_case p WHERE p.dwelling_id = d.id AND p.closed_at IS NULL)""",
            Integer.class, territory, typology);
        for (int added = free; added < KEPT_FREE; added++) {
          jdbc.update("INSERT INTO dwelling (reference, territory_code, commune, typology, financing)"
              + " VALUES (?, ?, 'Lille', ?, 'PLAI')", TestData.householdReference("TST-" + typology), territory,
              typology);
        }
      }
    }
  }
}
