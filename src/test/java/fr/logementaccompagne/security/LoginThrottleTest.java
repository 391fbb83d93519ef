package fr.logementaccompagne.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.LoopbackClient;
import fr.logementaccompagne.support.LoopbackClient.Response;
import fr.logementaccompagne.support.MutableClock;
import fr.logementaccompagne.support.OwnJvm;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Finding 9 of issue 8: failed logins slow the guesser down without handing strangers a switch that shuts a
 * caseworker out. Each test plays its own client addresses (127.0.x.y) and accounts, so they share one
 * application without sharing throttle state; the throttle's clock is moved by hand instead of waiting.
 * Default delays (3 failures free, then 2 s doubling); lower address cap and alert threshold to keep it short.
 */
@OwnJvm
@H2ApplicationTest
@TestPropertySource(properties = {
    "la.security.login-throttle.address-max-failures=10",
    "la.security.login-throttle.alert-failures=6"})
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

  private static final String PARTNERS = "/api/reference/partners";
  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  @TestConfiguration
  static class ThrottleClock {

    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("Europe/Paris"));
    }
  }

  @LocalServerPort
  int port;
  @Autowired
  MutableClock clock;

  LoopbackClient client;

  @BeforeEach
  void client() {
    client = new LoopbackClient(port);
  }

  @Test
  void wrongPasswordsFromOneAddressDoNotShutTheCaseworkerOutFromAnother() {
    for (int attempt = 0; attempt < 12; attempt++) {
      assertThat(client.get("127.0.0.11", PARTNERS, "marie.visa", "devine-" + attempt).status()).isIn(401, 429);
    }
    Response caseworker = client.get("127.0.0.12", PARTNERS, "marie.visa", "demo");
    assertThat(caseworker.status()).as(caseworker.body()).isEqualTo(200);
  }

  @Test
  void theGuessingPairIsRefusedWithoutCheckingThePasswordUntilItsDelayIsOver() {
    String attacker = "127.0.0.21";
    for (int attempt = 0; attempt < 4; attempt++) {
      assertThat(client.get(attacker, PARTNERS, "karim.armee", "devine-" + attempt).status()).isEqualTo(401);
    }
    // even the right password is refused: it is not looked at
    Response refused = client.get(attacker, PARTNERS, "karim.armee", "demo");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).contains("2");
    assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> type.startsWith("application/problem+json"));
    assertThat(refused.body()).contains("Trop de tentatives de connexion échouées : réessayez dans 2 secondes.");
    Response engineRest = client.get(attacker, "/engine-rest/process-definition", "KARIM.ARMEE", "demo");
    assertThat(engineRest.status()).isEqualTo(429);
    assertThat(engineRest.body()).contains("\"type\":\"TooManyLoginAttempts\"");

    clock.advance(Duration.ofMillis(1_900));
    assertThat(client.get(attacker, PARTNERS, "karim.armee", "demo").status()).isEqualTo(429);
    clock.advance(Duration.ofMillis(100));
    assertThat(client.get(attacker, PARTNERS, "karim.armee", "devine-4").status()).isEqualTo(401);
    // one more failure: the wait doubles
    assertThat(client.get(attacker, PARTNERS, "karim.armee", "demo").header("Retry-After")).contains("4");
    clock.advance(Duration.ofSeconds(4));
    assertThat(client.get(attacker, PARTNERS, "karim.armee", "demo").status()).isEqualTo(200);
  }

  @Test
  void theWebappLoginFormIsThrottledTooAndSharesThePairWithHttpBasic() {
    String attacker = "127.0.0.31";
    for (int attempt = 0; attempt < 4; attempt++) {
      assertThat(webappLogin(attacker, "agence.lille", "devine-" + attempt).status()).isEqualTo(401);
    }
    Response refused = webappLogin(attacker, "agence.lille", "demo");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).contains("2");
    assertThat(refused.body()).contains("Trop de tentatives de connexion");
    assertThat(client.get(attacker, PARTNERS, "agence.lille", "demo").status()).isEqualTo(429);

    assertThat(webappLogin("127.0.0.32", "agence.lille", "demo").status()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(2));
    assertThat(webappLogin(attacker, "agence.lille", "demo").status()).isEqualTo(200);
  }

  @Test
  void theRightPasswordStartsThePairAgainFromZero() {
    String caseworker = "127.0.0.41";
    for (int round = 0; round < 2; round++) {
      for (int attempt = 0; attempt < 3; attempt++) {
        assertThat(client.get(caseworker, PARTNERS, "paul.apf", "faute-de-frappe").status()).isEqualTo(401);
      }
      assertThat(client.get(caseworker, PARTNERS, "paul.apf", "demo").status()).isEqualTo(200);
    }
    // without the reset, the 4th failure of the pair would have started a wait
    assertThat(client.get(caseworker, PARTNERS, "paul.apf", "faute-de-frappe").status()).isEqualTo(401);
    assertThat(client.get(caseworker, PARTNERS, "paul.apf", "demo").status()).isEqualTo(200);
  }

  @Test
  void anAccountUnderAttackFromManyAddressesIsReportedOnceAndStaysOpen(CapturedOutput output) {
    for (int address = 1; address <= 7; address++) {
      assertThat(client.get("127.0.1." + address, PARTNERS, "agence.roubaix", "Devine-Secret-" + address).status())
          .isEqualTo(401);
    }
    // once: the 7th failure is not reported again
    assertThat(output.getAll().lines().filter(line -> line.contains("Account 'agence.roubaix' under attack")))
        .singleElement().asString().contains("WARN", "6 failed logins within PT1H");
    assertThat(output.getAll()).doesNotContain("Devine-Secret");
    assertThat(client.get("127.0.1.8", PARTNERS, "agence.roubaix", "demo").status()).isEqualTo(200);
  }

  @Test
  void oneAddressTryingManyAccountsIsCapped() {
    String sprayer = "127.0.0.61";
    for (int account = 0; account < 10; account++) {
      assertThat(client.get(sprayer, PARTNERS, "inconnu-" + account, "Printemps2026!").status()).isEqualTo(401);
    }
    Response refused = client.get(sprayer, PARTNERS, "unite.prioritaire", "demo");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(3_500L, 3_600L);
    assertThat(client.get("127.0.0.62", PARTNERS, "unite.prioritaire", "demo").status()).isEqualTo(200);
  }

  @Test
  void thePasswordVerificationRouteIsClosedOnEveryEngineApi() {
    String verify = "{\"username\": \"marie.visa\", \"password\": \"demo\"}";
    Response engineRest = client.send("127.0.0.71", "POST", "/engine-rest/identity/verify",
        LoopbackClient.basic("demo", "demo"), "application/json", verify);
    assertThat(engineRest.status()).isEqualTo(403);
    assertThat(engineRest.body()).contains("vérification du mot de passe").doesNotContain("authenticated");

    Response webapp = client.send("127.0.0.71", "POST", "/camunda/api/engine/engine/default/identity/verify",
        webappSession("127.0.0.71", "demo", "demo"), "application/json", verify);
    assertThat(webapp.status()).isEqualTo(403);
    assertThat(webapp.body()).contains("vérification du mot de passe");
  }

  @Test
  void aStolenSessionCannotGuessTheRealPasswordThroughThePasswordChange() {
    String thief = "127.0.0.81";
    Map<String, String> session = webappSession(thief, "presta.soliha", "demo");
    String change = "/camunda/api/engine/engine/default/user/presta.soliha/credentials";
    for (int attempt = 0; attempt < 4; attempt++) {
      Response wrong = client.send(thief, "PUT", change, session, "application/json",
          "{\"password\": \"Nouveau-Secret-1\", \"authenticatedUserPassword\": \"devine-" + attempt + "\"}");
      assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    }
    Response refused = client.send(thief, "PUT", change, session, "application/json",
        "{\"password\": \"Nouveau-Secret-1\", \"authenticatedUserPassword\": \"demo\"}");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).contains("2");
    assertThat(client.get("127.0.0.82", PARTNERS, "presta.soliha", "demo").status()).isEqualTo(200);
  }

  /** Headers of a logged-in webapp session: its cookie and CSRF token. */
  private Map<String, String> webappSession(String from, String user, String password) {
    Response login = webappLogin(from, user, password);
    assertThat(login.status()).isEqualTo(200);
    // the login renews the session: the next page gives the new session its CSRF token
    String session = cookie(login, "JSESSIONID");
    Response page = client.send(from, "GET", "/camunda/app/tasklist/", Map.of("Cookie", "JSESSIONID=" + session),
        null, null);
    String csrf = cookie(page, "XSRF-TOKEN");
    return Map.of("X-XSRF-TOKEN", csrf, "Cookie", "XSRF-TOKEN=" + csrf + "; JSESSIONID=" + session);
  }

  /** The Tasklist login as the browser sends it: CSRF token and session cookie from the page, then the form. */
  private Response webappLogin(String from, String user, String password) {
    Response page = client.send(from, "GET", "/camunda/app/tasklist/", Map.of(), null, null);
    String csrf = cookie(page, "XSRF-TOKEN");
    String session = cookie(page, "JSESSIONID");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return client.send(from, "POST", WEBAPP_LOGIN,
        Map.of("X-XSRF-TOKEN", csrf, "Cookie", "XSRF-TOKEN=" + csrf + "; JSESSIONID=" + session),
        "application/x-www-form-urlencoded", form);
  }

  private static String cookie(Response response, String name) {
    return response.headers("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "="))
        .map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';'))).findFirst().orElseThrow();
  }
}
