package fr.logementaccompagne.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Drives pathways the way an integrator would: the project's {@code /api} and Camunda's {@code /engine-rest},
 * over HTTP with Basic authentication. Jobs are executed explicitly (the job executor is off in tests), so
 * nothing depends on timing.
 */
public class EngineRestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String adminUser;
  private final String adminPassword;
  private long jobQueries;
  private long jobsRun;

  public EngineRestClient(TestRestTemplate http, String adminUser, String adminPassword) {
    this.http = http;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  public ResponseEntity<String> post(String user, String password, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, password);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  public ResponseEntity<String> get(String user, String password, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  public JsonNode getJson(String path) {
    ResponseEntity<String> response = get(adminUser, adminPassword, path);
    assertThat(response.getStatusCode().is2xxSuccessful()).as("GET %s: %s", path, response.getBody()).isTrue();
    return json(response.getBody());
  }

  public static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }

  /** Runs the instance's due asynchronous continuations (not timers) until none is left. */
  public void runAsyncSteps(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      jobQueries++;
      JsonNode jobs = getJson("/engine-rest/job?messages=true&processInstanceId=" + processInstanceId);
      if (jobs.isEmpty()) {
        return;
      }
      for (JsonNode job : jobs) {
        execute(job.get("id").asText());
      }
    }
    throw new IllegalStateException("Asynchronous steps keep coming for " + processInstanceId);
  }

  /** Fires the timer waiting at an element (as if its due date had come), then runs what follows. */
  public void fireTimer(String processInstanceId, String activityId) {
    JsonNode jobs = getJson("/engine-rest/job?timers=true&processInstanceId=" + processInstanceId
        + "&activityId=" + activityId);
    assertThat(jobs).as("timer at %s", activityId).hasSize(1);
    execute(jobs.get(0).get("id").asText());
    runAsyncSteps(processInstanceId);
  }

  /** Job queries made so far by {@link #runAsyncSteps}: the polls a client makes to see what follows a step. */
  public long jobQueries() {
    return jobQueries;
  }

  /** Jobs (asynchronous steps and timers) executed so far through this client. */
  public long jobsRun() {
    return jobsRun;
  }

  private void execute(String jobId) {
    jobsRun++;
    ResponseEntity<String> response = post(adminUser, adminPassword, "/engine-rest/job/" + jobId + "/execute", null);
    assertThat(response.getStatusCode().value()).as("job %s: %s", jobId, response.getBody()).isEqualTo(204);
  }

  public List<String> activeTaskKeys(String processInstanceId) {
    List<String> keys = new ArrayList<>();
    getJson("/engine-rest/task?processInstanceId=" + processInstanceId)
        .forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
    return keys;
  }

  public JsonNode task(String processInstanceId, String taskDefinitionKey) {
    JsonNode tasks = getJson("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskDefinitionKey);
    assertThat(tasks).as("open task %s, open are %s", taskDefinitionKey, activeTaskKeys(processInstanceId))
        .hasSize(1);
    return tasks.get(0);
  }

  public JsonNode variable(String processInstanceId, String name) {
    return getJson("/engine-rest/process-instance/" + processInstanceId + "/variables/" + name
        + "?deserializeValue=false");
  }

  /** Completes the open task with these variables and runs the asynchronous steps that follow. */
  public ResponseEntity<String> complete(String user, String password, String processInstanceId,
                                         String taskDefinitionKey, Map<String, Object> variables) {
    String taskId = task(processInstanceId, taskDefinitionKey).get("id").asText();
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    ResponseEntity<String> response = post(user, password, "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", typed));
    if (response.getStatusCode().is2xxSuccessful()) {
      runAsyncSteps(processInstanceId);
    }
    return response;
  }

  public void complete(String processInstanceId, String taskDefinitionKey, Map<String, Object> variables) {
    ResponseEntity<String> response = complete(adminUser, adminPassword, processInstanceId, taskDefinitionKey,
        variables);
    assertThat(response.getStatusCode().value()).as("complete %s: %s", taskDefinitionKey, response.getBody())
        .isEqualTo(204);
  }
}
