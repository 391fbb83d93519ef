package fr.logementaccompagne.engine.reporting.webapp;

import fr.logementaccompagne.engine.reporting.webapp.PartnerCasesResource;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * "Mes dossiers" in Tasklist (registered in META-INF/services): a caseworker's open cases, even without a task
 * waiting. Script: {@code plugin-webapp/mes-dossiers/app/plugin.js}; data: {@link PartnerCasesResource}.
 */
public class PartnerCasesPlugin extends AbstractTasklistPlugin {

  public static final String ID = "mes-dossiers";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(PartnerCasesResource.class);
  }
}
