package fr.logementaccompagne.security;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.process.Groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.support.OwnJvm;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** Passwords, login throttling, session cookies and history retention, as configured outside the demo profile. */
@OwnJvm
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecuritySettingsTest {

  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  IdentityService identity;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  CaseReferences caseReferences;
  @Autowired
  TestRestTemplate http;
  @Autowired
  LoginThrottleSettings throttle;

  private void createUser(String id, String password, String group) {
    User user = identity.newUser(id);
    user.setPassword(password);
    user.setFirstName("Test");
    user.setLastName("Utilisateur");
    identity.saveUser(user);
    if (group != null) {
      identity.createMembership(id, group);
    }
  }

  @Test
  void thePasswordPolicyRefusesWeakPasswords() {
    assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    assertThatThrownBy(() -> createUser("faible", "demo", null)).isInstanceOf(ProcessEngineException.class);
    createUser("robuste", "Un-Mot-De-Passe-Solide-42", null);
    assertThat(identity.checkPassword("robuste", "Un-Mot-De-Passe-Solide-42")).isTrue();
  }

  @Test
  void theEngineNeverLocksAnAccountTheLoginThrottleSlowsGuessersInstead() {
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(configuration.getLoginDelayBase()).isZero();
    createUser("lent", "Encore-Un-Mot-De-Passe-7", null);
    for (int attempt = 0; attempt < 12; attempt++) {
      assertThat(identity.checkPassword("lent", "mauvais")).isFalse();
    }
    // no lock, neither for a while nor for good: strangers cannot shut a caseworker out (ADR 13)
    assertThat(identity.checkPassword("lent", "Encore-Un-Mot-De-Passe-7")).isTrue();

    assertThat(throttle.isEnabled()).isTrue();
    assertThat(throttle.getFreeFailures()).isEqualTo(3);
    assertThat(throttle.getBaseDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.getMaxDelay()).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.getAddressMaxFailures()).isEqualTo(30);
    assertThat(throttle.getAddressWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(throttle.getAlertFailures()).isEqualTo(50);
    assertThat(throttle.getAlertWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(throttle.getMaxEntries()).isEqualTo(10_000);
  }

  @Test
  void theWebappSessionCookieIsHttpOnlyAndSameSite() {
    createUser("admin.test", "Administrateur-Solide-2026", Groups.partner("VISA"));
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);
    String csrf = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    String token = csrf.substring("XSRF-TOKEN=".length(), csrf.indexOf(';'));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    String session = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst().orElseThrow();
    headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token + "; " + session);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", "admin.test");
    form.add("password", "Administrateur-Solide-2026");
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).isEqualTo(200);
    List<String> cookies = login.getHeaders().get(HttpHeaders.SET_COOKIE);
    // the login renews the session: its new cookie carries the flags
    assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement().asString()
        .contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void historyIsRemovedTwoYearsAfterTheCaseEndsByANightlyCleanup() {
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

    var referral = new Referral("RET-0001", "VISA", "LILLE", 1, 0, new BigDecimal("9000"), List.of("DALO"), false,
        false, null);
    String instance = runtime.startProcessInstanceByKey(AccessPathway.KEY, caseReferences.next(Pathway.ACCESS),
        TypedVariables.engineValues(referral.toVariables())).getId();
    management.createJobQuery().processInstanceId(instance).list()
        .forEach(job -> management.executeJob(job.getId()));
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance)
            .taskDefinitionKey(Elements.REVIEW_INELIGIBILITY).singleResult().getId(),
        Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, "REJECT"));

    var ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(ChronoUnit.DAYS.between(ended.getEndTime().toInstant(), ended.getRemovalTime().toInstant()))
        .isEqualTo(730);
  }
}
