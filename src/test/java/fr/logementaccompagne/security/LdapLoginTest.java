package fr.logementaccompagne.security;

import fr.logementaccompagne.process.Groups;

import fr.logementaccompagne.engine.security.RoleAuthorizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldif.LDIFReader;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.OwnJvm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Directory login (profile {@code ldap}) against an in-memory LDAP server holding caseworkers of two partners and
 * an administrator: HTTP Basic on both APIs, the webapp login, the role authorizations reaching directory groups,
 * and a partner caseworker who sees only their partner's tasks. The demo profile is on as well, so this also
 * proves that demo + ldap starts without creating any user. The LDAP plugin is 7.23.0 on the 7.24 engine
 * (docs/design.md pitfall 11): this test is the proof that they work together.
 */
@OwnJvm
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "ldap", "test"})
class LdapLoginTest {

  static final String BASE_DN = "dc=bailleur,dc=example";
  static final String MANAGER_DN = "cn=camunda,dc=bailleur,dc=example";
  static final String MANAGER_PASSWORD = "Compte-Service-2026";
  static final String VISA_USER = "marie.visa";
  static final String VISA_PASSWORD = "Visa-Marie-2026";
  static final String APF_USER = "paul.apf";
  static final String APF_PASSWORD = "Apf-Paul-2026";
  static final String ADMIN_USER = "admin.si";
  static final String ADMIN_PASSWORD = "Admin-Si-2026";

  /** Started before the Spring context, which reads the directory as the engine builds. */
  static final InMemoryDirectoryServer DIRECTORY = startDirectory();

  static InMemoryDirectoryServer startDirectory() {
    try {
      var config = new InMemoryDirectoryServerConfig(BASE_DN);
      config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0)); // 0: any free port
      var server = new InMemoryDirectoryServer(config);
      server.importFromLDIF(true, new LDIFReader(LdapLoginTest.class.getResourceAsStream("/ldap/two-partners.ldif")));
      server.startListening();
      return server;
    } catch (Exception e) {
      throw new IllegalStateException("In-memory LDAP server did not start", e);
    }
  }

  /** The environment variables of application-ldap.yaml; the other settings keep their defaults. */
  @DynamicPropertySource
  static void directorySettings(DynamicPropertyRegistry registry) {
    registry.add("LDAP_URL", () -> "ldap://localhost:" + DIRECTORY.getListenPort());
    registry.add("LDAP_BASE_DN", () -> BASE_DN);
    registry.add("LDAP_MANAGER_DN", () -> MANAGER_DN);
    registry.add("LDAP_MANAGER_PASSWORD", () -> MANAGER_PASSWORD);
  }

  @AfterAll
  static void stopDirectory() {
    DIRECTORY.shutDown(true);
  }

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;

  EngineRestClient rest;

  @BeforeEach
  void client() {
    rest = new EngineRestClient(http, ADMIN_USER, ADMIN_PASSWORD);
  }

  @Test
  void usersAndGroupsAreTheDirectorysAndNoDemoUserIsCreated() {
    assertThat(identityService.isReadOnly()).isTrue();
    assertThat(identityService.createGroupQuery().groupMember(VISA_USER).list()).extracting(Group::getId)
        .containsExactly(Groups.partner("VISA"));
    assertThat(identityService.createUserQuery().userId(VISA_USER).singleResult().getLastName())
        .isEqualTo("Lefebvre");
    // neither the demo administrator (camunda.bpm.admin-user) nor the demo users were created
    assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
    assertThat(rest.get("demo", "demo", "/engine-rest/task").getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void httpBasicChecksTheDirectoryPasswordOnBothApis() {
    for (String path : List.of("/engine-rest/task", "/api/reference/partners")) {
      assertThat(rest.get(VISA_USER, VISA_PASSWORD, path).getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(rest.get(VISA_USER, "wrong-password", path).getStatusCode().value()).as(path).isEqualTo(401);
      assertThat(rest.get("nobody", VISA_PASSWORD, path).getStatusCode().value()).as(path).isEqualTo(401);
    }
  }

  @Test
  void webappLoginOfAPartnerCaseworkerAndOfTheDirectoryAdministrator() {
    ResponseEntity<String> tasklist = webappLogin(VISA_USER, VISA_PASSWORD, "tasklist");
    assertThat(tasklist.getStatusCode().value()).as(tasklist.getBody()).isEqualTo(200);
    JsonNode session = EngineRestClient.json(tasklist.getBody());
    assertThat(session.get("userId").asText()).isEqualTo(VISA_USER);
    // the Tasklist grant of RoleAuthorizations reaches the directory group partner-VISA, and nothing more
    assertThat(session.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit", "admin");
    assertThat(webappLogin(VISA_USER, "wrong-password", "tasklist").getStatusCode().value()).isEqualTo(401);

    // the directory group camunda-admin is the administrator (AdministratorAuthorizationPlugin)
    ResponseEntity<String> admin = webappLogin(ADMIN_USER, ADMIN_PASSWORD, "admin");
    assertThat(admin.getStatusCode().value()).as(admin.getBody()).isEqualTo(200);
    assertThat(EngineRestClient.json(admin.getBody()).get("authorizedApps").toString())
        .contains("admin", "cockpit", "tasklist");
  }

  @Test
  void partnerCaseworkerSeesOnlyTheirPartnersTasks() {
    String visaCase = referralAwaitingComplement(VISA_USER, VISA_PASSWORD, "VISA");
    String apfCase = referralAwaitingComplement(APF_USER, APF_PASSWORD, "APF");

    assertThat(visibleTasks(VISA_USER, VISA_PASSWORD, "/engine-rest/task"))
        .containsExactly(visaCase + " " + Elements.COMPLETE_REFERRAL);
    assertThat(visibleTasks(APF_USER, APF_PASSWORD, "/engine-rest/task"))
        .containsExactly(apfCase + " " + Elements.COMPLETE_REFERRAL);

    // Tasklist lists through the shared caseworkers' filter, evaluated with the directory groups
    String filterId = rest.getJson("/engine-rest/filter?name=" + RoleAuthorizations.CASEWORKER_FILTER)
        .get(0).get("id").asText();
    assertThat(visibleTasks(VISA_USER, VISA_PASSWORD, "/engine-rest/filter/" + filterId + "/list"))
        .containsExactly(visaCase + " " + Elements.COMPLETE_REFERRAL);

    // the other partner's task, asked for by id, is not even found: the engine's query hides it
    String apfTaskId = rest.task(apfCase, Elements.COMPLETE_REFERRAL).get("id").asText();
    ResponseEntity<String> apfTask = rest.get(VISA_USER, VISA_PASSWORD, "/engine-rest/task/" + apfTaskId);
    assertThat(apfTask.getStatusCode().value()).isEqualTo(404);
    assertThat(apfTask.getBody()).doesNotContain(apfCase);
  }

  /**
   * A partner refers a household without its consent to accompaniment, so the referral is not eligible; the
   * priority-publics review (here by the administrator) asks the partner for a complement: a task whose
   * candidate group is {@code partner-<code>}. Returns the process instance id.
   */
  private String referralAwaitingComplement(String user, String password, String partnerCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("householdReference", "MEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    body.put("partnerCode", partnerCode);
    body.put("territoryCode", "LILLE");
    body.put("householdSize", 1);
    body.put("dependants", 0);
    body.put("annualResourcesEur", 12000);
    body.put("priorityCategories", List.of("LEAVING_SHELTER"));
    body.put("needsMotorAdaptedDwelling", false);
    body.put("consentToAccompaniment", false);
    ResponseEntity<String> created = rest.post(user, password, "/api/referrals", body);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String instance = EngineRestClient.json(created.getBody()).get("processInstanceId").asText();

    rest.runAsyncSteps(instance);
    rest.complete(instance, Elements.REVIEW_INELIGIBILITY,
        Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, "REQUEST_COMPLEMENT"));
    assertThat(rest.activeTaskKeys(instance)).containsExactly(Elements.COMPLETE_REFERRAL);
    return instance;
  }

  /** "processInstanceId taskDefinitionKey" of each task the user may see at this address. */
  private List<String> visibleTasks(String user, String password, String path) {
    ResponseEntity<String> response = rest.get(user, password, path);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    List<String> tasks = new ArrayList<>();
    EngineRestClient.json(response.getBody()).forEach(task ->
        tasks.add(task.get("processInstanceId").asText() + " " + task.get("taskDefinitionKey").asText()));
    return tasks;
  }

  /**
   * The webapps' form login, as the browser does it: the page sets the XSRF-TOKEN cookie, the login sends it back
   * both as cookie and as the X-XSRF-TOKEN header (Camunda's CSRF filter compares them).
   */
  private ResponseEntity<String> webappLogin(String user, String password, String app) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);
    List<String> cookies = new ArrayList<>();
    String csrfToken = null;
    for (String setCookie : page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String cookie = setCookie.split(";", 2)[0];
      cookies.add(cookie);
      if (cookie.startsWith("XSRF-TOKEN=")) {
        csrfToken = cookie.substring("XSRF-TOKEN=".length());
      }
    }
    assertThat(csrfToken).as("XSRF-TOKEN cookie set by %s", page.getHeaders()).isNotNull();

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
    headers.add("X-XSRF-TOKEN", csrfToken);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return http.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }
}
