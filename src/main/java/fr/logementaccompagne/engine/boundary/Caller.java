package fr.logementaccompagne.engine.boundary;

import fr.logementaccompagne.process.Groups;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A person calling the engine from outside: a REST or webapp request, or the project's API acting for its caller.
 * Calls made inside an engine command (delegates, listeners) and calls without an authenticated user (the job
 * executor, {@code SystemCalls}) are the system's own and are not subject to the boundary.
 */
record Caller(String userId, List<String> groupIds) {

  static Optional<Caller> ofOuterCall(ProcessEngineConfigurationImpl configuration) {
    if (Context.getCommandContext() != null) {
      return Optional.empty();
    }
    return of(configuration.getIdentityService().getCurrentAuthentication());
  }

  static Optional<Caller> of(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return Optional.of(new Caller(authentication.getUserId(), groups));
  }

  boolean isAdministrator() {
    return groupIds.contains(Groups.ADMINISTRATORS);
  }
}
