package fr.logementaccompagne.engine.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;

/**
 * Every task query of the engine — {@code /engine-rest/task}, its count, Tasklist's filters, {@code GET task/{id}}
 * — for a caseworker lists the tasks of which one of their groups is a candidate, or that they are assigned or own,
 * without the engine's per-task authorization join (ADR 26). That is exactly what the engine's own grants give a
 * caseworker (a task's candidate groups, assignee and owner get READ on it, nothing else does), but the engine
 * joins the authorization table on {@code RESOURCE_ID_ IN (task, definition key, '*')}, which PostgreSQL can only
 * evaluate as a nested loop over every grant of the caller's groups times every open task: seconds for a
 * coordinator at 10,000 open cases. The candidate links are indexed by group and task.
 * A caller with a broader grant on tasks (READ on every task, READ_TASK on a process definition: managers) keeps
 * the engine's check, which is fast for them; so do administrators, whom the engine does not check.
 */
public class CandidateTaskManager extends TaskManager {

  @Override
  protected void configureQuery(TaskQueryImpl query) {
    super.configureQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (!CallerGrants.checked(check) || query.getQueries().stream().anyMatch(CallersTasks.class::isInstance)
        || CallerGrants.any(check, Resources.TASK, "*", Permissions.READ)
        || CallerGrants.any(check, Resources.PROCESS_DEFINITION, null, Permissions.READ_TASK)) {
      return;
    }
    query.addOrQuery(new CallersTasks(check.getAuthUserId(),
        check.getAuthGroupIds() == null ? List.of() : check.getAuthGroupIds()));
    CallerGrants.leaveOutEngineCheck(check);
  }

  /** The caller's tasks, as an "or" part of the query: candidate group among theirs, assigned to or owned by them. */
  static class CallersTasks extends TaskQueryImpl {

    CallersTasks(String userId, List<String> groupIds) {
      if (!groupIds.isEmpty()) {
        taskCandidateGroupIn(groupIds);
        includeAssignedTasks();
      }
      taskAssignee(userId);
      taskOwner(userId);
    }
  }
}
