package fr.logementaccompagne.engine.migration.webapp;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * « Migrations » in Cockpit (registered in META-INF/services, ADR 30): the managers' page to try then move the
 * running cases of a process to its new version, the same dry run and move as {@code /api/admin/migrations},
 * without a second login. Its script is {@code plugin-webapp/case-migrations/app/plugin.js}.
 */
public class CaseMigrationsPlugin extends AbstractCockpitPlugin {

  public static final String ID = "case-migrations";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseMigrationsResource.class);
  }
}
