package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.engine.workflow.SystemCalls;
import fr.logementaccompagne.security.RoleGroups;
import org.springframework.stereotype.Component;

/** {@link RoleGroups} with the engine's identity and authorization services, called as the system. */
@Component
public class EngineRoleGroups implements RoleGroups {

  private final RoleGroupsInitializer roleGroups;
  private final RoleAuthorizations roleAuthorizations;
  private final SystemCalls systemCalls;

  public EngineRoleGroups(RoleGroupsInitializer roleGroups, RoleAuthorizations roleAuthorizations,
                          SystemCalls systemCalls) {
    this.roleGroups = roleGroups;
    this.roleAuthorizations = roleAuthorizations;
    this.systemCalls = systemCalls;
  }

  @Override
  public void createMissing() {
    systemCalls.call(() -> {
      roleGroups.createMissingGroups();
      roleAuthorizations.grant();
      return null;
    });
  }
}
