package fr.logementaccompagne.litigation;

import java.time.Instant;
import java.util.List;

/** Port: what the agenda needs to know of the cases' open tasks (engine adapter {@code engine.litigation}). */
public interface OpenTasks {

  /** The process instances of a process waiting at a task created before the given time. */
  List<String> instancesWaitingAt(String processKey, String taskKey, Instant createdBefore);

  /** The names of the open tasks of a process instance. */
  List<String> namesOf(String processInstanceId);
}
