package fr.logementaccompagne.engine.deployment;

import java.util.Set;

/**
 * What an expression may reach on the objects the engine hands it: the variables and a few plain identifiers of
 * {@code execution} and {@code task}, never the engine behind them (services, process engine, entities), and never
 * reflection. Shared by the deployment check and the run-time resolver, so both say the same.
 */
final class ModelMembers {

  /** Identifiers the engine itself resolves in every expression. */
  static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution");

  static final Set<String> SCOPE_READS = Set.of("id", "processInstanceId", "processBusinessKey", "businessKey",
      "processDefinitionId", "currentActivityId", "activityInstanceId", "eventName", "tenantId", "name",
      "taskDefinitionKey", "assignee", "owner", "priority", "dueDate", "followUpDate", "createTime", "executionId");

  static final Set<String> SCOPE_CALLS = Set.of("getVariable", "getVariableLocal", "hasVariable", "hasVariableLocal",
      "getVariableTyped", "getVariableLocalTyped", "getId", "getProcessInstanceId", "getProcessBusinessKey",
      "getBusinessKey", "getProcessDefinitionId", "getCurrentActivityId", "getActivityInstanceId", "getEventName",
      "getTenantId", "getName", "getTaskDefinitionKey", "getAssignee", "getOwner", "getPriority", "getDueDate",
      "getFollowUpDate", "getCreateTime", "getExecutionId");

  /** Reflection and thread control: refused on every object. */
  static final Set<String> NEVER = Set.of("class", "getClass", "classLoader", "getClassLoader", "forName",
      "wait", "notify", "notifyAll", "declaredMethods", "getDeclaredMethods", "methods", "getMethods");

  private ModelMembers() {
  }

  static boolean onScope(String member, boolean call) {
    return call ? SCOPE_CALLS.contains(member) : SCOPE_READS.contains(member);
  }

  /** Project beans are read or called, never reconfigured from a model. */
  static boolean onProjectBean(String member) {
    return !NEVER.contains(member) && !isSetter(member);
  }

  /** Nothing a model reaches is changed through a setter (a bean's settings, a date library's default zone). */
  static boolean isSetter(String member) {
    return member.startsWith("set") && member.length() > 3 && Character.isUpperCase(member.charAt(3));
  }
}
