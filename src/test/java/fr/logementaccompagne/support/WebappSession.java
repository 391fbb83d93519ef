package fr.logementaccompagne.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A browser's session of one of Camunda's webapps: its login form and then the webapps' own engine API
 * ({@code /camunda/api/engine/...}, the route Tasklist and Cockpit use), with the session cookie and CSRF token.
 */
public class WebappSession {

  private final TestRestTemplate http;
  private final String app;

  public WebappSession(TestRestTemplate http, String app) {
    this.http = http;
    this.app = app;
  }

  /** The webapp's answer; a login refused (no access to this webapp) is returned as the answer. */
  public ResponseEntity<String> post(String user, String password, String path, Object body) {
    Map<String, String> cookies = new LinkedHashMap<>();
    ResponseEntity<String> login = login(user, password, cookies);
    if (!login.getStatusCode().is2xxSuccessful()) {
      return login;
    }
    HttpHeaders headers = headers(cookies);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /**
   * The headers of a logged-in session (cookies and CSRF token), for callers that send many requests as one
   * person: a login per request would cost more than the request.
   */
  public HttpHeaders loggedIn(String user, String password) {
    Map<String, String> cookies = new LinkedHashMap<>();
    ResponseEntity<String> login = login(user, password, cookies);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("Login of " + user + " refused: " + login.getStatusCode());
    }
    return headers(cookies);
  }

  private ResponseEntity<String> login(String user, String password, Map<String, String> cookies) {
    keep(cookies, http.getForEntity("/camunda/app/" + app + "/", String.class));
    HttpHeaders headers = headers(cookies);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
    if (!login.getStatusCode().is2xxSuccessful()) {
      return login;
    }
    keep(cookies, login);
    // the login starts a new session, whose CSRF token comes with its first reading request
    keep(cookies, http.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(headers(cookies)),
        String.class));
    return login;
  }

  private static HttpHeaders headers(Map<String, String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
    return headers;
  }

  private static void keep(Map<String, String> cookies, ResponseEntity<String> response) {
    List<String> set = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    for (String cookie : set) {
      String pair = cookie.contains(";") ? cookie.substring(0, cookie.indexOf(';')) : cookie;
      int equals = pair.indexOf('=');
      cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
  }
}
