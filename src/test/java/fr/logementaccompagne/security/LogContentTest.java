package fr.logementaccompagne.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.OwnJvm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * What the application logs while serving referrals, refused requests and failed logins names nobody. Runs with
 * the production log levels, not the quiet ones of the other tests (logback-test.xml), hence a JVM of its own.
 */
@OwnJvm
@H2ApplicationTest
@TestPropertySource(properties = {
    "logging.level.root=INFO",
    "logging.level.org.camunda.bpm.engine.context=INFO",
    "logging.level.org.camunda.bpm.engine.jobexecutor=INFO",
    "logging.level.org.camunda.bpm.engine.rest.exception=INFO",
    "logging.level.org.camunda.bpm.engine.persistence=INFO"})
@ExtendWith(OutputCaptureExtension.class)
class LogContentTest {

  @Autowired
  TestRestTemplate http;

  @Test
  void noPersonalDataNorPasswordInTheLogs(CapturedOutput output) {
    EngineRestClient rest = new EngineRestClient(http, "demo", "demo");
    Map<String, Object> referral = new HashMap<>(Map.of("householdReference", "LOGSECRET-4242",
        "partnerCode", "VISA", "territoryCode", "LILLE", "householdSize", 2, "dependants", 1,
        "annualResourcesEur", 13579.25, "priorityCategories", List.of("LEAVING_PRISON"),
        "consentToAccompaniment", true));
    String instance = EngineRestClient.json(rest.post("marie.visa", "demo", "/api/referrals", referral).getBody())
        .get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    assertThat(rest.post("marie.visa", "demo", "/api/referrals", referral).getStatusCode().value()).isEqualTo(409);
    referral.put("householdReference", "logsecret bad 4343");
    assertThat(rest.post("marie.visa", "demo", "/api/referrals", referral).getStatusCode().value()).isEqualTo(400);
    // another user: a failed login (counted by the login throttle, the account is not locked)
    assertThat(rest.get("paul.apf", "Pa55-Never-Logged-99", "/api/reference/partners").getStatusCode().value())
        .isEqualTo(401);
    assertThat(rest.complete("marie.visa", "demo", instance, "Task_ProposeDwelling",
        Map.of("proposedDwellingReference", "LOGSECRET-DWELLING")).getStatusCode().value()).isIn(400, 403, 404);

    assertThat(output.getAll())
        .doesNotContain("LOGSECRET-4242", "logsecret bad 4343", "13579", "Pa55-Never-Logged-99");
  }
}
