package fr.logementaccompagne.engine.rest;

import fr.logementaccompagne.engine.messages.FrenchEngineMessages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * The message of an error answer of the engine's APIs in French where the engine wrote it in English
 * ({@link FrenchEngineMessages}): Tasklist and Cockpit show it under their own French notification.
 */
public class FrenchErrorBodies implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400) {
      return;
    }
    Object entity = response.getEntity();
    if (entity instanceof ExceptionDto exception) {
      exception.setMessage(FrenchEngineMessages.inFrench(exception.getMessage()));
    } else if (entity instanceof Map<?, ?> body && body.get("message") instanceof String message) {
      Map<Object, Object> french = new LinkedHashMap<>(body);
      french.put("message", FrenchEngineMessages.inFrench(message));
      response.setEntity(french);
    }
  }
}
