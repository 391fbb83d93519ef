package fr.logementaccompagne.engine.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Whether the caller of a list query holds a grant wider than the per-case and per-task ones (ADR 26): then the
 * engine's own check, fast for such callers, stays in place. Any row counts, a revoke included: in doubt, the
 * engine decides.
 */
final class CallerGrants {

  private CallerGrants() {
  }

  /** Resource ids: null for any. */
  static boolean any(AuthorizationCheck check, Resource resource, String resourceId, Permission permission) {
    CommandContext commandContext = Context.getCommandContext();
    List<String> groupIds = check.getAuthGroupIds() == null ? List.of() : check.getAuthGroupIds();
    List<AuthorizationQuery> queries = new ArrayList<>(List.of(
        new AuthorizationQueryImpl().userIdIn(check.getAuthUserId(), "*")));
    if (!groupIds.isEmpty()) {
      queries.add(new AuthorizationQueryImpl().groupIdIn(groupIds.toArray(String[]::new)));
    }
    return commandContext.runWithoutAuthorization(() -> queries.stream().anyMatch(query -> {
      query.resourceType(resource).hasPermission(permission);
      if (resourceId != null) {
        query.resourceId(resourceId);
      }
      return ((AuthorizationQueryImpl) query).executeCount(commandContext) > 0;
    }));
  }

  /**
   * The engine would check this query's caller (authorizations on, a user, not an administrator). The mappings
   * read {@code getShouldPerformAuthorizatioCheck()}, not the field of the same name.
   */
  static boolean checked(AuthorizationCheck check) {
    return check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null;
  }

  /** Leaves the engine's authorization join out of this query: the caller's rows are selected otherwise. */
  static void leaveOutEngineCheck(AuthorizationCheck check) {
    check.setAuthorizationCheckEnabled(false);
  }
}
