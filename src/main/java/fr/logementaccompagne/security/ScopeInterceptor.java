package fr.logementaccompagne.security;

import fr.logementaccompagne.security.CallerRights;

import fr.logementaccompagne.refusal.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks the household, case or order named in an {@code /api} path against the caller's scope before the
 * controller runs, so before its body is read: unknown and out of scope give the same 404 with the same body,
 * and a malformed body sent to somebody else's household says nothing either (issue 8, uniform answers).
 */
@Component
public class ScopeInterceptor implements HandlerInterceptor {

  /** One text for unknown and not yours: a different one would tell them apart. */
  public static final String NOT_FOUND = "Introuvable dans votre périmètre";

  private final CallerRights rights;
  private final CaseScope scope;

  public ScopeInterceptor(CallerRights rights, CaseScope scope) {
    this.rights = rights;
    this.scope = scope;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    @SuppressWarnings("unchecked")
    Map<String, String> path = (Map<String, String>) request.getAttribute(
        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (path == null || path.isEmpty()) {
      return true;
    }
    CaseScope.Condition readable = null;
    if (path.containsKey("householdReference")) {
      readable = scope.readable(rights.caller());
      require(scope.seesHousehold(path.get("householdReference"), readable));
    }
    if (path.containsKey("caseReference")) {
      readable = readable != null ? readable : scope.readable(rights.caller());
      require(scope.seesCase(path.get("caseReference"), readable));
    }
    if (path.containsKey("orderNumber")) {
      readable = readable != null ? readable : scope.readable(rights.caller());
      require(scope.seesOrder(path.get("orderNumber"), readable));
    }
    return true;
  }

  private static void require(boolean inScope) {
    if (!inScope) {
      throw new NotFoundException(NOT_FOUND);
    }
  }
}
