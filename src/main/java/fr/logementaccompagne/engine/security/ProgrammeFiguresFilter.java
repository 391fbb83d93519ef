package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.process.Groups;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Programme-wide figures of the engine (statistics, metrics, reports, telemetry) for managers and administrators
 * only, on the engine REST API and the webapps' engine API. The engine's authorizations do not cover them:
 * statistics count every instance of a readable definition, and metrics need no authorization at all, so a
 * partner would read counts of the whole programme (issue 8, finding 7).
 */
public class ProgrammeFiguresFilter extends OncePerRequestFilter {

  static final Pattern FIGURES = Pattern.compile(
      "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(metrics|telemetry|.*statistics|.*report)(/.*)?$");

  private final IdentityService identityService;

  public ProgrammeFiguresFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !FIGURES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> groups = callerGroups(request);
    if (groups.contains(Groups.ADMINISTRATORS) || groups.contains(Groups.MANAGERS)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":"
        + "\"Chiffres du programme réservés aux responsables et aux administrateurs\"}");
  }

  /** The engine REST caller (Basic, set by the authentication filter) or the webapps' session user. */
  private List<String> callerGroups(HttpServletRequest request) {
    Authentication engineCaller = identityService.getCurrentAuthentication();
    if (engineCaller != null) {
      return engineCaller.getGroupIds() == null ? List.of() : engineCaller.getGroupIds();
    }
    HttpSession session = request.getSession(false);
    Authentications webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (webapp == null) {
      return List.of();
    }
    return webapp.getAuthentications().stream()
        .filter(user -> user.getGroupIds() != null)
        .flatMap(user -> user.getGroupIds().stream()).toList();
  }
}
