package fr.logementaccompagne.engine.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.CharConversionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import fr.logementaccompagne.engine.boundary.TaskAlreadyCompletedException;
import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import fr.logementaccompagne.resilience.DatabaseFaults;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ParseExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.core.NestedRuntimeException;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API with additions so that bad input gets a 4xx with Camunda's {@code {"type", "message"}} body,
 * never a 500 (docs/design.md section 8):
 * <ul>
 *   <li>a decision refused by {@link DecisionGuardListener} answers 400 with the guard's message (the engine wraps task
 *   listener exceptions, which the REST API would otherwise report as a 500);</li>
 *   <li>completing a task that does not exist answers 404 (Camunda answers 500);</li>
 *   <li>unreadable JSON answers 400 with Jackson's reason (Camunda answers an empty message, text/plain or, for
 *   over-deep nesting or a wrong byte order mark, 500);</li>
 *   <li>a body that carries variables, missing or with a variable the engine cannot convert or store, answers 400
 *   ({@link VariableBodyCheck}; Camunda: 500);</li>
 *   <li>an engine call on a task or execution that does not exist (reading the variables of a finished case)
 *   answers 404, and a value the engine finds missing 400 (Camunda: 500).</li>
 *   <li>the loser of a race answers 409: a second completion of a task ("Tâche déjà terminée") and a second
 *   open case of a household (never naming the other case, which may be another partner's);</li>
 *   <li>a call that fails because the database is away (restarting, unreachable) answers 503 with a French
 *   message and {@code Retry-After}: the client may try again in a few seconds;</li>
 *   <li>a refused deployment answers 400 with the problems' own messages, e.g. the French refusal of a model that
 *   runs code other than the project's (Camunda prefixes them with its English parse error text);</li>
 *   <li>the engine's common English messages in an error answer are put in French ({@link FrenchErrorBodies}).</li>
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
    return new Class<?>[] {DuplicateOpenCaseMapper.class, UnavailableDatabaseMapper.class, RefusedDecisionMapper.class, RefusedEngineCallMapper.class, RefusedDeploymentMapper.class,
        UnreadableJsonMapper.class, UnparsableJsonMapper.class, UnmappableJsonMapper.class,
        UndecodableBodyMapper.class, UnsupportedMediaTypeMapper.class, VariableBodyCheck.class,
        FrenchErrorBodies.class};
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

  /**
   * The refusal an engine exception stands for, looked for along its causes (the REST layer and the engine wrap
   * them), or null when it is the server's own failure.
   */
  static Response refusal(Throwable exception) {
    if (DatabaseFaults.isUnavailable(exception)) {
      return Response.fromResponse(error(Response.Status.SERVICE_UNAVAILABLE, "ServiceUnavailable",
              DatabaseFaults.DETAIL))
          .header("Retry-After", DatabaseFaults.RETRY_AFTER_SECONDS).build();
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof TaskAlreadyCompletedException || cause instanceof DuplicateOpenCaseException) {
        return raceLost(cause);
      }
      if (notFound(cause)) {
        return error(Response.Status.NOT_FOUND, "InvalidRequestException",
            "Introuvable : " + cause.getMessage());
      }
      if (cause instanceof BadUserRequestException refused) {
        return error(Response.Status.BAD_REQUEST, "InvalidRequestException", refused.getMessage());
      }
      if (cause instanceof AuthorizationException forbidden) {
        return error(Response.Status.FORBIDDEN, "AuthorizationException", forbidden.getMessage());
      }
      // the engine's argument checks ("messageName is null"...): a value the caller left out
      if (cause instanceof NullValueException missing) {
        return error(Response.Status.BAD_REQUEST, "InvalidRequestException",
            "Valeur manquante : " + missing.getMessage());
      }
    }
    return null;
  }

  static Response raceLost(Throwable cause) {
    return cause instanceof TaskAlreadyCompletedException
        ? error(Response.Status.CONFLICT, "TaskAlreadyCompletedException", TaskAlreadyCompletedException.MESSAGE)
        : error(Response.Status.CONFLICT, "DuplicateOpenCaseException",
            DuplicateOpenCaseException.MESSAGE + " sur ce parcours");
  }

  /** Also "Cannot find task ...", "task ... doesn't exist: task is null": how the engine says not found. */
  public static boolean notFound(Throwable cause) {
    String message = String.valueOf(cause.getMessage());
    return cause instanceof NotFoundException || cause instanceof NullValueException
        && (message.startsWith("Cannot find") || message.contains("doesn't exist"));
  }

  @Priority(1)
  public static class RefusedDecisionMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      return Objects.requireNonNullElseGet(refusal(exception),
          () -> ExceptionHandlerHelper.getInstance().getResponse(exception));
    }
  }

  /** Engine exceptions the REST layer lets through unwrapped (reading variables of a finished task...). */
  @Priority(1)
  public static class RefusedEngineCallMapper implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      // Camunda's answer where it is already a 4xx (its authorization body, a 404...); ours where it would be 500
      ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
      Response refusal = camunda.getStatus(exception).getFamily() == Response.Status.Family.SERVER_ERROR
          ? refusal(exception) : null;
      return refusal != null ? refusal : camunda.getResponse(exception);
    }
  }

  /** A second open case reaches the REST layer unwrapped when the process's first step refuses it. */
  @Priority(1)
  public static class DuplicateOpenCaseMapper implements ExceptionMapper<DuplicateOpenCaseException> {
    @Override
    public Response toResponse(DuplicateOpenCaseException exception) {
      return raceLost(exception);
    }
  }

  /** Spring's transaction and data access failures (no connection to begin a transaction...). */
  @Priority(1)
  public static class UnavailableDatabaseMapper implements ExceptionMapper<NestedRuntimeException> {
    @Override
    public Response toResponse(NestedRuntimeException exception) {
      return Objects.requireNonNullElseGet(DatabaseFaults.isUnavailable(exception) ? refusal(exception) : null,
          () -> ExceptionHandlerHelper.getInstance().getResponse(exception));
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

  /** A body of a type the route does not read (Camunda's answer is Jersey's English phrase). */
  @Priority(1)
  public static class UnsupportedMediaTypeMapper implements ExceptionMapper<NotSupportedException> {
    @Override
    public Response toResponse(NotSupportedException exception) {
      return error(Response.Status.UNSUPPORTED_MEDIA_TYPE, "NotSupportedException",
          "Type de contenu non pris en charge par cette route : application/json attendu "
              + "(multipart/form-data pour les envois de fichiers)");
    }
  }
}
