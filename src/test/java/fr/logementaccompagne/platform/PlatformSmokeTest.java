package fr.logementaccompagne.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.engine.security.RoleGroupsInitializer;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.util.Arrays;
import java.util.Comparator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The whole application on H2: authentication on both APIs, webapps, Flyway, engine, health, groups. */
@H2ApplicationTest
class PlatformSmokeTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  Flyway flyway;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identityService;
  @Autowired
  RoleGroupsInitializer roleGroups;

  @Test
  void apisRefuseAnonymousCallers() {
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/reference/territories", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void apisRefuseWrongPassword() {
    assertThat(http.withBasicAuth("demo", "wrong").getForEntity("/engine-rest/process-definition", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("demo", "wrong").getForEntity("/api/reference/partners", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void apisAnswerAuthenticatedCallers() {
    ResponseEntity<String> engineRest = http.withBasicAuth("demo", "demo")
        .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> territories = http.withBasicAuth("demo", "demo")
        .getForEntity("/api/reference/territories", String.class);
    assertThat(territories.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(territories.getBody()).contains("\"code\":\"LILLE\"", "\"basinCode\":\"METROPOLE\"");
  }

  @Test
  void theProjectApiIsDocumentedInOpenApi() {
    ResponseEntity<String> openApi = http.withBasicAuth("demo", "demo").getForEntity("/api/openapi", String.class);
    assertThat(openApi.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(openApi.getBody()).contains("/api/referrals", "/api/maintien/alerts",
        "/api/households/{householdReference}/contracts", "/api/households/{householdReference}/measures",
        "/api/reference/dwellings", "/api/quotas");
  }

  @Test
  void webappsAreServedAndTheRootLeadsThere() {
    ResponseEntity<String> welcome = http.getForEntity("/camunda/app/welcome/default/", String.class);
    assertThat(welcome.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(welcome.getBody()).containsIgnoringCase("<html");

    ResponseEntity<String> root = http.getForEntity("/", String.class);
    assertThat(root.getStatusCode().is3xxRedirection() || root.getStatusCode().is2xxSuccessful()).isTrue();
    if (root.getStatusCode().is3xxRedirection()) {
      assertThat(root.getHeaders().getLocation()).hasPath("/camunda/app/");
    }
  }

  @Test
  void webappsKeepTheirCsrfProtection() {
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/cockpit",
        null, String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(login.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
  }

  @Test
  void healthIsPublicAndSaysNothingMore() {
    ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void flywayMigratedTheDomainStoreAndTheEngineIsUp() {
    // the newest migration of the project is the one applied, whatever its number
    assertThat(flyway.info().current().getVersion()).isEqualTo(Arrays.stream(flyway.info().all())
        .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElseThrow());
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(engine.getName()).isEqualTo("default");
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
  }

  @Test
  void everyRoleGroupExistsAndStartingAgainCreatesNoDuplicate() {
    for (String group : new String[] {Groups.PRIORITY_PUBLICS, Groups.MANAGERS, Groups.ANALYSTS,
        Groups.ADMINISTRATORS, Groups.LITIGATION, Groups.partner("VISA"), Groups.partner("FABRIQUE_DES_QUARTIERS"),
        Groups.agency("LILLE"), Groups.coordinator("METROPOLE"), Groups.provider("SOLIHA")}) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
    }
    long before = identityService.createGroupQuery().count();
    roleGroups.createMissingGroups();
    assertThat(identityService.createGroupQuery().count()).isEqualTo(before);
    // staff (priority publics, managers, analysts, litigation), administrators, partners, agencies, basins, providers,
    // and on Operaton its own administrators' group, which its webapps look at (ADR 31)
    int engineOwn = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN.equals(Groups.ADMINISTRATORS) ? 0 : 1;
    assertThat(before).isEqualTo(4 + 1 + 11 + 10 + 3 + 4 + engineOwn);
  }
}
