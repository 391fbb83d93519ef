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
 * partner would read counts of the whole programme (issue 8, finding 7). In Cockpit, the statistics an agency, a
 * coordinator or an analyst may not read answer an empty list (issue 10): their figures are the programme dashboard's, in scope.
 */
public class ProgrammeFiguresFilter extends OncePerRequestFilter {

  static final Pattern FIGURES = Pattern.compile(
      "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(metrics|telemetry|.*statistics|.*report)(/.*)?$");

  static final Pattern COCKPIT_STATISTICS = Pattern.compile("^/camunda/api/engine/engine/[^/]+/.*statistics$");

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
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (isCockpitStatisticsRead(request) && readsCockpitInScope(groups)) {
      // no figures rather than an error: Cockpit then draws a diagram without counts instead of an endless
      // "chargement" or a red notification; its dashboard blocks built on them are hidden for these callers
      // (cockpit user-styles.css, class la-scoped set by the programme-dashboard plugin)
      response.getWriter().write("[]");
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":"
        + "\"Chiffres du programme réservés aux responsables et aux administrateurs\"}");
  }

  /** Cockpit's own reads of statistics (dashboard, diagram counts), as opposed to a program's on /engine-rest. */
  static boolean isCockpitStatisticsRead(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "GET".equals(request.getMethod()) && COCKPIT_STATISTICS.matcher(path).matches();
  }

  /** Landlord staff with Cockpit and a scope of their own (ADR 21) and analysts, who read models, not cases. */
  static boolean readsCockpitInScope(List<String> groups) {
    return groups.stream().anyMatch(group -> group.startsWith(Groups.AGENCY_PREFIX)
        || group.startsWith(Groups.COORDINATOR_PREFIX) || group.equals(Groups.ANALYSTS));
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
