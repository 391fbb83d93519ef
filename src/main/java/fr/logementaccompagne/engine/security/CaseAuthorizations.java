package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.security.CaseReaders;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who may read one case (docs/design.md section 7): the groups of the case's partner, agency, coordination and
 * providers get READ on its process instance (variables included) and on its history, nobody else but the
 * managers' global read. Tasks need nothing here: their candidate group is per case.
 */
@Component
public class CaseAuthorizations implements CaseReaders {

  private final AuthorizationGrants grants;

  public CaseAuthorizations(AuthorizationGrants grants) {
    this.grants = grants;
  }

  /** Called from steps, inside the engine's command: granted whatever the starting user may do. */
  @Override
  public void grantRead(String processInstanceId, List<String> groupIds) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String group : groupIds) {
        grants.grant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
            HistoricProcessInstancePermissions.READ);
      }
      return null;
    });
  }
}
