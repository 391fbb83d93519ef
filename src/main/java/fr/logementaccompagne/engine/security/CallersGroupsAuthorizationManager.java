package fr.logementaccompagne.engine.security;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Before each authorization check the engine keeps, of the caller's groups, those that hold any authorization; to
 * know them it reads every group id of the authorization table ({@code SELECT DISTINCT GROUP_ID_}), once per
 * command: a scan of every grant — 770,000 rows at 60,000 cases — on every request of every user. This asks for
 * the caller's groups only, by the group index (ADR 26). A directory user with very many groups keeps the
 * engine's way.
 */
public class CallersGroupsAuthorizationManager extends AuthorizationManager {

  static final String AUTHORIZED_GROUPS = "fr.logementaccompagne.engine.security.Visibility.selectAuthorizedGroupIdsAmong";
  private static final int MAX_GROUPS_IN_ONE_QUERY = 500;

  @Override
  @SuppressWarnings("unchecked")
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
        || authenticatedGroupIds.size() > MAX_GROUPS_IN_ONE_QUERY) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    return getDbEntityManager().selectList(AUTHORIZED_GROUPS, authenticatedGroupIds);
  }
}
