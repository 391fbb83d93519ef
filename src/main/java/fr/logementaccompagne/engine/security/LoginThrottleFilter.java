package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.security.LoginThrottle;

import fr.logementaccompagne.api.RequestSizeLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every route that checks a password (HTTP Basic on {@code /engine-rest} and {@code /api}, the webapps' login
 * form, the webapps' password change that asks for the current one) asks {@link LoginThrottle} first: a
 * throttled attempt is refused with 429 and {@code Retry-After} before the password is even looked at. The
 * outcome is read from the status the route answers. The client
 * address is the servlet's remote address: a proxy's {@code X-Forwarded-For} counts only when Spring's
 * {@code server.forward-headers-strategy} says to trust it.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  /** The login form holds a user name and a password: anything bigger is not a login. */
  static final int MAX_LOGIN_FORM = 8 * 1024;
  private static final Pattern CREDENTIALS = Pattern.compile(".*/user/[^/]+/credentials/?");

  private final LoginThrottle throttle;
  private final String webappPath;

  /** @param webappPath where the webapps are served, e.g. {@code /camunda} */
  public LoginThrottleFilter(LoginThrottle throttle, String webappPath) {
    this.throttle = throttle;
    this.webappPath = webappPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // decoded and normalised, as the servlet that answers sees it: "/./" or "%2F" tricks do not slip past
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.startsWith(webappPath + "/api/admin/auth/user/") && path.contains("/login/")
        && "POST".equalsIgnoreCase(request.getMethod())) {
      byte[] form = request.getInputStream().readNBytes(MAX_LOGIN_FORM + 1);
      if (form.length > MAX_LOGIN_FORM) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      // the webapp answers 200 to a right password, 401 to a wrong one; a CSRF refusal (403) proves nothing
      guard(formField(form, "username", charset(request)), new RequestSizeLimit.ReadBody(request, form), response,
          chain, status -> status == HttpServletResponse.SC_UNAUTHORIZED, status -> status >= 200 && status < 300);
    } else if (path.startsWith(webappPath + "/api/engine/") && CREDENTIALS.matcher(path).matches()
        && "PUT".equalsIgnoreCase(request.getMethod())) {
      // a new password needs the current one, checked by the engine with a 400 when wrong: a stolen session
      // must not turn it into a guessing machine for the real password
      guard(sessionUser(request), request, response, chain,
          status -> status == HttpServletResponse.SC_BAD_REQUEST, status -> status >= 200 && status < 300);
    } else if (!path.startsWith(webappPath + "/")) {
      String account = basicAuthUser(request.getHeader("Authorization"));
      if (account == null) {
        // no password offered: the authentication filter answers 401 without checking anything
        chain.doFilter(request, response);
        return;
      }
      // behind the authentication filter, any answer but 401 means the password was right
      guard(account, request, response, chain, status -> status == HttpServletResponse.SC_UNAUTHORIZED,
          status -> status != HttpServletResponse.SC_UNAUTHORIZED);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void guard(String account, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      IntPredicate failed, IntPredicate succeeded) throws ServletException, IOException {
    LoginThrottle.Attempt attempt = throttle.begin(account, request.getRemoteAddr());
    if (attempt.refused()) {
      refuse(request, response, attempt.retryAfter().toMillis());
      return;
    }
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (failed.test(status)) {
      attempt.failed();
    } else if (succeeded.test(status)) {
      attempt.succeeded();
    }
  }

  /** The engine checks the password of the session's user, whatever user the path names. */
  private static String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return "";
    }
    return AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
        .map(UserAuthentication::getName).findFirst().orElse("");
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterMillis)
      throws IOException {
    long seconds = Math.max(1, (retryAfterMillis + 999) / 1000);
    String detail = "Trop de tentatives de connexion échouées : réessayez dans %d seconde%s."
        .formatted(seconds, seconds > 1 ? "s" : "");
    String body;
    if (request.getServletPath().startsWith("/engine-rest")) {
      response.setContentType("application/json");
      body = "{\"type\":\"TooManyLoginAttempts\",\"message\":\"%s\",\"code\":null}".formatted(detail);
    } else {
      response.setContentType("application/problem+json");
      body = "{\"type\":\"about:blank\",\"title\":\"Trop de tentatives de connexion\",\"status\":429,\"detail\":\"%s\"}"
          .formatted(detail);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /**
   * The user name as the engine's HttpBasicAuthenticationProvider reads it, or null if it reads none. The MIME
   * decoder skips characters outside the alphabet, as Camunda's (commons-codec) does; Operaton's stricter decoder
   * refuses such a header outright, so a name read here from it only ever meets a refused login.
   */
  static String basicAuthUser(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return null;
    }
    String credentials;
    try {
      credentials = new String(Base64.getMimeDecoder().decode(header.substring("Basic ".length())));
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
    int colon = credentials.indexOf(':');
    return colon < 0 ? null : credentials.substring(0, colon);
  }

  /** First value of a field of an url-encoded form, as JAX-RS' {@code @FormParam} reads it; "" if absent. */
  static String formField(byte[] form, String name, Charset charset) {
    for (String pair : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      try {
        if (name.equals(URLDecoder.decode(key, charset))) {
          return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
        }
      } catch (IllegalArgumentException malformed) {
        return "";
      }
    }
    return "";
  }

  private static Charset charset(HttpServletRequest request) {
    try {
      return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
          : Charset.forName(request.getCharacterEncoding());
    } catch (RuntimeException unknown) {
      return StandardCharsets.UTF_8;
    }
  }
}
