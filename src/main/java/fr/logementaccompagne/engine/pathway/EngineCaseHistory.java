package fr.logementaccompagne.engine.pathway;

import fr.logementaccompagne.household.CaseHistory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** The engine's history of the cases, with the per-instance authorizations granted to their readers. */
@Component
public class EngineCaseHistory implements CaseHistory {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final AuthorizationService authorizations;

  public EngineCaseHistory(HistoryService history, RuntimeService runtime, AuthorizationService authorizations) {
    this.history = history;
    this.runtime = runtime;
    this.authorizations = authorizations;
  }

  @Override
  public boolean anyRunning(List<String> processInstanceIds) {
    return !processInstanceIds.isEmpty()
        && runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(processInstanceIds)).count() > 0;
  }

  @Override
  public int erase(List<String> processInstanceIds) {
    List<String> historic = new ArrayList<>(processInstanceIds);
    for (String instance : processInstanceIds) {
      history.createHistoricProcessInstanceQuery().superProcessInstanceId(instance).list().stream()
          .map(HistoricProcessInstance::getId).forEach(historic::add);
    }
    if (!historic.isEmpty()) {
      history.deleteHistoricProcessInstancesIfExists(historic);
      historic.forEach(id -> authorizations.createAuthorizationQuery().resourceId(id).list()
          .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId())));
    }
    return historic.size();
  }
}
