package fr.logementaccompagne.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.TestData;
import fr.logementaccompagne.support.WebappSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person whose browser meets an error reads a French page (static/error/, docs/adr/0020); a program asking for
 * JSON still gets the JSON error body. The engine's own messages that people meet (Tasklist's notifications, Cockpit's
 * incidents) are French too (docs/adr/0029).
 */
@H2ApplicationTest
class ErrorPagesInFrenchTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  List<ErrorViewResolver> resolvers;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @Test
  void browserMeetingAMissingPageReadsFrench() {
    ResponseEntity<String> page = get("/camunda/app/nowhere", MediaType.TEXT_HTML);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("lang=\"fr\"", "Page introuvable", "Retour à la liste des tâches")
        .doesNotContain("Whitelabel", "Not Found");
    // its style sheet is served to anybody, signed in or not
    ResponseEntity<String> style = http.getForEntity("/error/error.css", String.class);
    assertThat(style.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(style.getBody()).contains("font-family");
  }

  @Test
  void programMeetingAMissingPageGetsJson() {
    ResponseEntity<String> body = get("/camunda/app/nowhere", MediaType.APPLICATION_JSON);
    assertThat(body.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(body.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(body.getBody()).contains("\"status\":404").doesNotContain("<html");
  }

  @Test
  void refusedAndFailedRequestsHaveTheirFrenchPage() throws Exception {
    assertThat(render(HttpStatus.FORBIDDEN)).contains("Accès refusé", "Erreur 403");
    assertThat(render(HttpStatus.INTERNAL_SERVER_ERROR)).contains("Une erreur s'est produite", "Rien n'a été enregistré");
    assertThat(render(HttpStatus.SERVICE_UNAVAILABLE)).contains("Une erreur s'est produite");
    assertThat(render(HttpStatus.METHOD_NOT_ALLOWED)).contains("Demande impossible à traiter");
  }

  @Test
  void overHttpARefusedPageAndAServerErrorAreFrenchPagesToo() {
    // an agency has Cockpit, not Admin
    HttpHeaders agency = new WebappSession(http, "cockpit").loggedIn("agence.lille", "demo");
    agency.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> refused = http.exchange("/camunda/app/admin/default/", HttpMethod.GET,
        new HttpEntity<>(agency), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("lang=\"fr\"", "Accès refusé", "Erreur 403")
        .doesNotContain("Whitelabel", "Forbidden");
    // Spring Boot's error route itself, reached with no error recorded, is the 500 a failure shows a browser
    ResponseEntity<String> failed = get("/error", MediaType.TEXT_HTML);
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(failed.getBody()).contains("lang=\"fr\"", "Une erreur s'est produite", "Rien n'a été enregistré")
        .doesNotContain("Whitelabel", "Internal Server Error");
  }

  @Test
  void theEnginesOwnMessagesReachPeopleInFrench() {
    EngineRestClient rest = new EngineRestClient(http, "demo", "demo");
    // a task that no longer exists, completed from Tasklist (webapp session) and over /engine-rest
    ResponseEntity<String> gone = new WebappSession(http, "tasklist").post("marie.visa", "demo",
        "/camunda/api/engine/engine/default/task/no-such-task/complete", Map.of());
    assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(EngineRestClient.json(gone.getBody()).get("message").asText())
        .isEqualTo("Introuvable : tâche no-such-task (elle a peut-être déjà été terminée)");
    // a right the caller lacks: the engine's English sentence becomes a French one
    String definition = rest.getJson("/engine-rest/process-definition/key/access-pathway").get("id").asText();
    ResponseEntity<String> refused = rest.get("presta.soliha", "demo", "/engine-rest/process-definition/"
        + definition);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(EngineRestClient.json(refused.getBody()).get("message").asText())
        .isEqualTo("Action non autorisée : l'utilisateur « presta.soliha » n'a pas les droits nécessaires.");

    // an incident Cockpit shows: the engine's message of a failed job, stored in French
    ResponseEntity<String> referral = rest.post("marie.visa", "demo", "/api/referrals",
        TestData.referral().household(TestData.householdReference("INC")).body());
    String instance = EngineRestClient.json(referral.getBody()).get("processInstanceId").asText();
    // on the execution waiting at the referral's first asynchronous step, as a failed job's incident is
    String waiting = management.createJobQuery().processInstanceId(instance).list().get(0).getExecutionId();
    Incident incident = runtime.createIncident(Incident.FAILED_JOB_HANDLER_TYPE, waiting, "test",
        "ENGINE-02004 No outgoing sequence flow for the element with id 'Gateway_Eligible' could be selected for "
            + "continuing the process.");
    try {
      assertThat(runtime.createIncidentQuery().incidentId(incident.getId()).singleResult().getIncidentMessage())
          .isEqualTo("Le dossier ne peut pas continuer après l'étape « Gateway_Eligible » : aucune des suites "
              + "prévues par le modèle ne s'applique (décision ou donnée manquante).");
    } finally {
      runtime.deleteProcessInstance(instance, "test: incident checked");
    }
  }

  @Test
  void aJobFailingOnALibrarysEnglishExceptionTellsCockpitInFrench() {
    EngineRestClient rest = new EngineRestClient(http, "demo", "demo");
    String instance = EngineRestClient.json(rest.post("marie.visa", "demo", "/api/referrals",
        TestData.referral().household(TestData.householdReference("JOB")).body()).getBody())
        .get("processInstanceId").asText();
    String jobId = management.createJobQuery().processInstanceId(instance).list().get(0).getId();
    // thrown by the JDK, as a library's or a bug's exception would be, with its English message
    Throwable english = catchThrowable(() -> List.of(1, 2, 3).get(3));
    try {
      // what the job executor does when a step throws: the engine's failed-job command, until no retry is left
      for (int failure = 0; failure < 5 && retriesOf(jobId) > 0; failure++) {
        engineConfiguration.getCommandExecutorTxRequired()
            .execute(engineConfiguration.getFailedJobCommandFactory().getCommand(jobId, english));
      }
      String french = "Erreur technique inattendue (" + english.getClass().getSimpleName() + ") : l'étape n'a pas "
          + "abouti. L'équipe informatique trouve le détail dans la trace d'erreur du job.";
      assertThat(management.createJobQuery().jobId(jobId).singleResult().getExceptionMessage()).isEqualTo(french);
      assertThat(runtime.createIncidentQuery().processInstanceId(instance).singleResult().getIncidentMessage())
          .isEqualTo(french);
      assertThat(management.getJobExceptionStacktrace(jobId))
          .contains(english.getClass().getName() + ": " + english.getMessage());
    } finally {
      runtime.deleteProcessInstance(instance, "test: failed job checked");
    }
  }

  private int retriesOf(String jobId) {
    Job job = management.createJobQuery().jobId(jobId).singleResult();
    return job.getRetries();
  }

  private ResponseEntity<String> get(String path, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(accept));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** The page Spring Boot's error controller shows a browser for this status. */
  private String render(HttpStatus status) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/app/tasklist/");
    ModelAndView view = resolvers.stream()
        .map(resolver -> resolver.resolveErrorView(request, status, Map.of()))
        .filter(found -> found != null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error page for " + status));
    MockHttpServletResponse response = new MockHttpServletResponse();
    view.getView().render(Map.of(), request, response);
    response.setCharacterEncoding("UTF-8");
    return response.getContentAsString();
  }
}
