package fr.logementaccompagne.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the engine's {@code identity/verify} route (on {@code /engine-rest} and the webapps' engine API): it
 * tells any logged-in caller whether any user's password is right, answering 200 either way, so it would be a
 * guessing machine beside the login throttle now that the engine no longer locks accounts (ADR 13). Neither
 * the webapps nor the project use it.
 */
public class PasswordVerificationGuard extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.endsWith("/identity/verify") && !path.endsWith("/identity/verify/")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = ("{\"type\":\"AuthorizationException\",\"message\":"
        + "\"La vérification du mot de passe d'un autre utilisateur n'est pas ouverte.\",\"code\":null}")
        .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
