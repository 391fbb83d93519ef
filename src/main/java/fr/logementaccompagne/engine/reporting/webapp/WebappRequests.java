package fr.logementaccompagne.engine.reporting.webapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.logementaccompagne.security.Caller;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * What the project's Cockpit and Tasklist plugin resources share: the caller of the webapp session (the same
 * login as the webapp, no second one), the application's Spring beans (Camunda creates the JAX-RS resources, not
 * Spring) and answers written by the application's own JSON mapper (dates as yyyy-mm-dd, like /api).
 */
public final class WebappRequests {

  private WebappRequests() {
  }

  public static Caller caller(String engineName) {
    Authentications current = Authentications.getCurrent();
    Authentication authentication = current == null ? null
        : current.getAuthenticationForProcessEngine(engineName);
    if (!(authentication instanceof UserAuthentication user)) {
      throw new WebApplicationException(Response.Status.UNAUTHORIZED);
    }
    return new Caller(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
  }

  public static <T> T bean(ServletContext servletContext, Class<T> type) {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(type);
  }

  public static Response json(ServletContext servletContext, Object body) {
    try {
      return Response.ok(bean(servletContext, ObjectMapper.class).writeValueAsString(body),
          MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Response notFound(String message) {
    return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity("{\"message\":\"" + message + "\"}").build();
  }
}
