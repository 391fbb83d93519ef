package fr.logementaccompagne.support;

import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.dwelling.DwellingRepository.Dwelling;
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
    var application = SpringExtension.getApplicationContext(context);
    JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
    DwellingRepository dwellings = application.getBean(DwellingRepository.class);
    for (String territory : TERRITORIES) {
      // free as a referral's dwelling search sees it, for a case that holds none
      List<Dwelling> free = dwellings.freeIn(territory, "");
      for (String typology : TYPOLOGIES) {
        long kept = free.stream().filter(dwelling -> dwelling.typology().equals(typology)
            && dwelling.financing().equals("PLAI")).count();
        for (long added = kept; added < KEPT_FREE; added++) {
          jdbc.update("INSERT INTO dwelling (reference, territory_code, commune, typology, financing)"
              + " VALUES (?, ?, 'Lille', ?, 'PLAI')", TestData.householdReference("TST-" + typology), territory,
              typology);
        }
      }
    }
  }
}
