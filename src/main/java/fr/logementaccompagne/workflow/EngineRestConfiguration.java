package fr.logementaccompagne.workflow;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ParseExceptionDto;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API with additions so that bad input gets a 4xx with Camunda's {@code {"type", "message"}} body,
 * never a 500 (DESIGN section 8):
 * <ul>
 *   <li>a decision refused by {@link DecisionGuard} answers 400 with the guard's message (the engine wraps task
 *   listener exceptions, which the REST API would otherwise report as a 500);</li>
 *   <li>completing a task that does not exist answers 404 (Camunda answers 500);</li>
 *   <li>unreadable JSON answers 400 with Jackson's reason (Camunda answers an empty message, text/plain or, for
 *   over-deep nesting or a wrong byte order mark, 500);</li>
 *   <li>a task completion without a body, or with a variable the engine cannot store (empty type, XML, an object
 *   without class or JSON format), answers 400 (Camunda: 500);</li>
 *   <li>a refused deployment answers 400 with the problems' own messages, e.g. the French refusal of a model that
 *   runs code other than the project's (Camunda prefixes them with its English parse error text).</li>
 * </ul>
 */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    for (Class<?> provider : sharedProviders()) {
      register(provider);
    }
  }

  /** The additions, also registered on the webapps' engine API ({@link WebappEngineApiConfiguration}). */
  static Class<?>[] sharedProviders() {
    return new Class<?>[] {RefusedDecisionMapper.class, RefusedDeploymentMapper.class,
        UnreadableJsonMapper.class, UnparsableJsonMapper.class,
        UnmappableJsonMapper.class, UndecodableBodyMapper.class, CompletionBodyCheck.class};
  }

  static Response error(Response.Status status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", null);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON).build();
  }

  static Response unreadable(Exception e) {
    String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    reason = Objects.requireNonNullElse(reason, "");
    return error(Response.Status.BAD_REQUEST, "InvalidRequestException", "Corps JSON illisible : "
        + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason));
  }

  @Priority(1)
  public static class RefusedDecisionMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        // "Cannot find task with id ...": the engine's way of saying not found, as a NullValueException
        if (cause instanceof NotFoundException || cause instanceof NullValueException
            && String.valueOf(cause.getMessage()).startsWith("Cannot find")) {
          return error(Response.Status.NOT_FOUND, "InvalidRequestException", cause.getMessage());
        }
        if (cause instanceof BadUserRequestException refused) {
          return error(Response.Status.BAD_REQUEST, "InvalidRequestException", refused.getMessage());
        }
        if (cause instanceof AuthorizationException forbidden) {
          return error(Response.Status.FORBIDDEN, "AuthorizationException", forbidden.getMessage());
        }
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  @Priority(1)
  public static class RefusedDeploymentMapper implements ExceptionMapper<ParseException> {

    @Override
    public Response toResponse(ParseException exception) {
      ParseExceptionDto body = ParseExceptionDto.fromException(exception);
      String problems = exception.getResorceReports().stream()
          .flatMap(report -> report.getErrors().stream())
          .map(Problem::getMessage)
          .collect(Collectors.joining(" ; "));
      if (!problems.isBlank()) {
        body.setMessage(problems);
      }
      return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON).build();
    }
  }

  @Priority(1)
  public static class UnreadableJsonMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException exception) {
      return unreadable(exception);
    }
  }

  @Priority(1)
  public static class UnparsableJsonMapper implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return unreadable(exception);
    }
  }

  @Priority(1)
  public static class UnmappableJsonMapper implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return unreadable(exception);
    }
  }

  @Priority(1)
  public static class UndecodableBodyMapper implements ExceptionMapper<CharConversionException> {
    @Override
    public Response toResponse(CharConversionException exception) {
      return unreadable(exception);
    }
  }

  /** A task completion's body: present, and every variable with a value object and, when given, a type. */
  public static class CompletionBodyCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      Object body = context.proceed();
      if (context.getType() == CompleteTaskDto.class) {
        if (body == null) {
          throw new InvalidRequestException(Response.Status.BAD_REQUEST,
              "Corps JSON absent : {\"variables\": {\"nom\": {\"value\": ...}}} attendu");
        }
        var variables = ((CompleteTaskDto) body).getVariables();
        if (variables != null) {
          variables.forEach(CompletionBodyCheck::requireStorable);
        }
      }
      return body;
    }

    /**
     * Refuses what the engine would refuse with a 500: an empty type, XML (no XML data format here), an object
     * without its class and JSON format (Java serialization is prohibited).
     */
    private static void requireStorable(String name, VariableValueDto variable) {
      String type = variable == null ? null : variable.getType();
      String problem = null;
      if (variable == null || type != null && type.isBlank()) {
        problem = "{\"value\": ..., \"type\": ...} attendu, type non vide";
      } else if ("xml".equalsIgnoreCase(type)) {
        problem = "le type Xml n'est pas pris en charge";
      } else if ("object".equalsIgnoreCase(type)) {
        Map<String, Object> info = Objects.requireNonNullElse(variable.getValueInfo(), Map.of());
        if (!"application/json".equals(info.get("serializationDataFormat"))
            || !(info.get("objectTypeName") instanceof String typeName) || typeName.isBlank()) {
          problem = "un objet exige valueInfo.objectTypeName et valueInfo.serializationDataFormat "
              + "application/json (la sérialisation Java est interdite)";
        }
      }
      if (problem != null) {
        throw new InvalidRequestException(Response.Status.BAD_REQUEST,
            "Variable '%s' : %s".formatted(name, problem));
      }
    }
  }
}
