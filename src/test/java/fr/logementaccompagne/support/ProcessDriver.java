package fr.logementaccompagne.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Moves process instances forward in tests, where the job executor is off: each asynchronous continuation and
 * timer runs when the test says so, never after a sleep. The same driver serves the engine-only model tests and
 * the tests on the whole application.
 */
public final class ProcessDriver {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  public ProcessDriver(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
  }

  /** Runs the asynchronous continuation waiting before {@code activityId}; fails when there is none. */
  public void executeJob(ProcessInstance instance, String activityId) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).messages()
        .singleResult();
    assertThat(job).as("asynchronous job before %s", activityId).isNotNull();
    management.executeJob(job.getId());
  }

  /** Fires the timer of {@code activityId} now, whatever its due date; fails when there is none. */
  public void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
        .singleResult();
    assertThat(timer).as("timer of %s", activityId).isNotNull();
    management.executeJob(timer.getId());
  }

  /**
   * Runs the asynchronous continuations of the instance and of the instances it calls, and those they create, until
   * none is left. Jobs of other tests' instances are left alone: the H2 application tests share one engine.
   */
  public void runJobs(ProcessInstance instance) {
    List<Job> jobs;
    while (!(jobs = jobsOf(instance.getId())).isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /**
   * Runs every asynchronous continuation of the engine until none is left, whichever instance it belongs to: for
   * classes with an engine of their own where one instance's step reaches others (a commission's decisions).
   */
  public void runEveryJob() {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().messages().list()).isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private List<Job> jobsOf(String processInstanceId) {
    List<Job> jobs = new ArrayList<>(management.createJobQuery().processInstanceId(processInstanceId).messages()
        .executable().list());
    runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
        .forEach(called -> jobs.addAll(jobsOf(called.getId())));
    return jobs;
  }

  /** Completes the one open task {@code taskKey} of the instance with these variables, as Tasklist would. */
  public void complete(ProcessInstance instance, String taskKey, Map<String, ?> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    tasks.complete(task.getId(), new HashMap<>(variables));
  }

  /** Completes the task, then runs the jobs that follow, as the job executor would. */
  public void completeAndRunJobs(ProcessInstance instance, String taskKey, Map<String, ?> variables) {
    complete(instance, taskKey, variables);
    runJobs(instance);
  }

  public Object variable(ProcessInstance instance, String name) {
    return runtime.getVariable(instance.getId(), name);
  }

  /** The instance of a call activity that {@code instance} is waiting on. */
  public ProcessInstance calledBy(ProcessInstance instance) {
    ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(called).as("instance called by %s", instance.getBusinessKey()).isNotNull();
    return called;
  }
}
