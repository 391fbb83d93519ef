package fr.logementaccompagne.engine.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceManager;

/**
 * The history list and count of the engine — {@code /engine-rest/history/process-instance}, Cockpit's history —
 * for a caller whose history rights are per case (CaseAuthorizations): the same query, restricted to the
 * instances granted to them by a semi-join on the authorization table (Visibility.xml) instead of the engine's
 * join on {@code RESOURCE_ID_ IN (instance, definition key, '*')}, which PostgreSQL evaluates as every grant of
 * the caller's groups times every instance ever run: a minute for a coordinator at 60,000 cases (ADR 26).
 * Callers with a wider history grant (READ_HISTORY on a definition, READ on every instance: managers) keep the
 * engine's check; administrators are not checked.
 */
public class CallersHistoryManager extends HistoricProcessInstanceManager {

  private static final String ENGINE_LIST = "selectHistoricProcessInstancesByQueryCriteria";
  private static final String ENGINE_COUNT = "selectHistoricProcessInstanceCountByQueryCriteria";
  static final String LIST = "fr.logementaccompagne.engine.security.Visibility.selectCallersHistoricProcessInstances";
  static final String COUNT =
      "fr.logementaccompagne.engine.security.Visibility.selectCallersHistoricProcessInstanceCount";

  @Override
  @SuppressWarnings("unchecked")
  public List<HistoricProcessInstance> findHistoricProcessInstancesByQueryCriteria(
      HistoricProcessInstanceQueryImpl query, Page page) {
    if (!isHistoryEnabled()) {
      return List.of();
    }
    return getDbEntityManager().selectList(grantedPerCase(query) ? LIST : ENGINE_LIST, query, page);
  }

  @Override
  public long findHistoricProcessInstanceCountByQueryCriteria(HistoricProcessInstanceQueryImpl query) {
    if (!isHistoryEnabled()) {
      return 0;
    }
    return (Long) getDbEntityManager().selectOne(grantedPerCase(query) ? COUNT : ENGINE_COUNT, query);
  }

  /** Configures the query as the engine does; true (and the engine's join off) when the caller reads per case. */
  private boolean grantedPerCase(HistoricProcessInstanceQueryImpl query) {
    configureQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (!CallerGrants.checked(check) || !check.isHistoricInstancePermissionsEnabled()
        || CallerGrants.any(check, Resources.PROCESS_DEFINITION, null, Permissions.READ_HISTORY)
        || CallerGrants.any(check, Resources.HISTORIC_PROCESS_INSTANCE, "*", Permissions.READ)) {
      return false;
    }
    CallerGrants.leaveOutEngineCheck(check);
    return true;
  }
}
