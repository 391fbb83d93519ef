package fr.logementaccompagne.engine.demo;

import fr.logementaccompagne.referenceimport.ReferenceImport;
import fr.logementaccompagne.referenceimport.ReferenceTables;
import fr.logementaccompagne.engine.security.RoleGroupsInitializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's reference data are the CSV files an operator would prepare (README, "Going live"), imported at
 * first start through the same import as {@code PUT /api/admin/reference/{table}}: the quick start exercises
 * the real path. A table is imported once (while it has no import audit line), before the role groups are made
 * from the reference data.
 */
@Component
@Profile("demo")
public class DemoReferenceData {

  /** In the order an operator imports them: codes first, then what refers to them. */
  static final List<String> TABLES =
      List.of("territories", "partners", "provider-markets", "dwellings", "budget-envelopes", "quotas");
  static final String IMPORTED_BY = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoReferenceData.class);

  private final ReferenceTables tables;
  private final ReferenceImport referenceImport;

  public DemoReferenceData(ReferenceTables tables, ReferenceImport referenceImport) {
    this.tables = tables;
    this.referenceImport = referenceImport;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(RoleGroupsInitializer.ORDER - 1)
  public void importOnce() {
    for (String table : TABLES) {
      if (!referenceImport.hasImported(table)) {
        var result = referenceImport.importFile(tables.named(table), read("demo/" + table + ".csv"), IMPORTED_BY);
        LOG.info("Demo data {} imported: {}", table, result);
      }
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
