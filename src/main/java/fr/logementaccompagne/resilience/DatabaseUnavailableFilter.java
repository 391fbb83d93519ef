package fr.logementaccompagne.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter of every route (webapps, {@code /engine-rest}, {@code /api}): a request that fails because the
 * database is away — often already in the login check, before any API code — answers 503 with a French problem
 * body and {@code Retry-After}, not a 500. Engine REST answers that Camunda maps itself get the same answer from
 * {@code EngineRestConfiguration}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failure) {
      if (!DatabaseFaults.isUnavailable(failure) || response.isCommitted()) {
        throw failure;
      }
      LOG.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
          failure.toString());
      response.resetBuffer();
      write(response, request.getRequestURI());
    }
  }

  static void write(HttpServletResponse response, String path) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseFaults.RETRY_AFTER_SECONDS));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", DatabaseFaults.TITLE);
    problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    problem.put("detail", DatabaseFaults.DETAIL);
    problem.put("instance", path);
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
