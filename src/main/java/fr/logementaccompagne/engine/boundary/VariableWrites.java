package fr.logementaccompagne.engine.boundary;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Variables written outside a task completion (REST {@code /variables}, Cockpit, batches). A caseworker changes a
 * case only by completing one of its tasks; an administrator may correct a variable, but never the case's identity.
 */
class VariableWrites {

  private final ProcessEngineConfigurationImpl configuration;

  VariableWrites(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  void check(Collection<String> names) {
    Caller.ofOuterCall(configuration).ifPresent(caller -> {
      if (!caller.isAdministrator()) {
        throw new AuthorizationException(
            "Les variables d'un dossier ne changent qu'en terminant une de ses tâches");
      }
      refuseIdentity(names);
    });
  }

  /** For the routes whose rights the engine checks itself (messages, modifications, migrations). */
  void checkIdentity(Collection<String> names) {
    Caller.ofOuterCall(configuration).ifPresent(caller -> refuseIdentity(names));
  }

  private static void refuseIdentity(Collection<String> names) {
    List<String> identity = names == null ? List.of()
        : names.stream().filter(CaseIdentity.VARIABLES::contains).sorted().toList();
    if (!identity.isEmpty()) {
      throw new BadUserRequestException(
          "Variables refusées : %s identifient le dossier et ne se modifient pas".formatted(identity));
    }
  }
}
