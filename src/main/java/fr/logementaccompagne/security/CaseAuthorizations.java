package fr.logementaccompagne.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who may read one case (DESIGN section 7): the groups of the case's partner, agency, coordination and
 * providers get READ on its process instance (variables included) and on its history, nobody else but the
 * managers' global read. Tasks need nothing here: their candidate group is per case.
 */
@Component
public class CaseAuthorizations {

  private final AuthorizationService authorizations;

  public CaseAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Called from delegates, inside the engine's command: granted whatever the starting user may do. */
  public void grantRead(String processInstanceId, List<String> groupIds) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String group : groupIds) {
        grant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
      }
      return null;
    });
  }

  private void grant(String group, Resource resource, String resourceId, Permission permission) {
    boolean exists = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
    if (!exists) {
      Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizations.saveAuthorization(authorization);
    }
  }
}
