package fr.logementaccompagne.engine.reporting.webapp;

import fr.logementaccompagne.engine.reporting.webapp.ProgrammeDashboardResource;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The programme dashboard in Cockpit (registered in META-INF/services): a block on Cockpit's dashboard, a page of
 * its own in the navigation and the case timeline tab of a process instance. Its script is
 * {@code plugin-webapp/programme-dashboard/app/plugin.js}; its figures come from {@link ProgrammeDashboardResource}.
 */
public class ProgrammeDashboardPlugin extends AbstractCockpitPlugin {

  public static final String ID = "programme-dashboard";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ProgrammeDashboardResource.class);
  }
}
