package fr.logementaccompagne.engine.litigation;

import fr.logementaccompagne.litigation.OpenTasks;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The litigation agenda's {@link OpenTasks}, read with the engine's task queries. */
@Component
public class EngineOpenTasks implements OpenTasks {

  private final TaskService tasks;

  public EngineOpenTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public List<String> instancesWaitingAt(String processKey, String taskKey, Instant createdBefore) {
    return tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey)
        .taskCreatedBefore(Date.from(createdBefore)).list().stream().map(Task::getProcessInstanceId).toList();
  }

  @Override
  public List<String> namesOf(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream().map(Task::getName).toList();
  }
}
