package fr.logementaccompagne.api;

import fr.logementaccompagne.refusal.NotFoundException;

import fr.logementaccompagne.refusal.InvalidRequestException;

import fr.logementaccompagne.refusal.UnknownReferenceException;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import fr.logementaccompagne.household.ErasureRefusedException;
import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.security.CaseScope;
import fr.logementaccompagne.security.ForbiddenException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of {@code /api} as RFC 9457 problem JSON in French (docs/design.md section 8): each bad field named with its
 * rule under {@code errors}; never a stack trace.
 */
@RestControllerAdvice(basePackages = "fr.logementaccompagne")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private final CallerRights rights;
  private final CaseScope scope;
  private final PathwayCaseRepository cases;

  public ApiExceptionHandler(CallerRights rights, CaseScope scope, PathwayCaseRepository cases) {
    this.rights = rights;
    this.scope = scope;
    this.cases = cases;
  }

  public record FieldError(String field, String message) {
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    return withErrors(HttpStatus.BAD_REQUEST, "Requête invalide", e.fieldErrors());
  }

  @ExceptionHandler(UnknownReferenceException.class)
  ProblemDetail unknown(UnknownReferenceException e) {
    return withErrors(HttpStatus.UNPROCESSABLE_ENTITY, "Références inconnues", e.fieldErrors());
  }

  /** The open case is named only to a caller who may see it: it may be another partner's. */
  @ExceptionHandler(DuplicateOpenCaseException.class)
  ProblemDetail duplicate(DuplicateOpenCaseException e) {
    String open = e.openCaseReference() != null ? e.openCaseReference() : e.householdToLookUp()
        .flatMap(household -> cases.openCaseOf(household, e.pathway())).orElse(null);
    String visible = open != null && scope.seesCase(open, scope.readable(rights.caller())) ? open : null;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        DuplicateOpenCaseException.MESSAGE + (visible == null ? "" : " : " + visible));
    problem.setTitle("Dossier déjà ouvert");
    if (visible != null) {
      problem.setProperty("openCaseReference", visible);
    }
    return problem;
  }

  @ExceptionHandler(ErasureRefusedException.class)
  ProblemDetail erasureRefused(ErasureRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Effacement impossible");
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Accès refusé");
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Introuvable");
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                HttpHeaders headers, HttpStatusCode status,
                                                                WebRequest request) {
    Map<String, String> errors;
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
          .collect(Collectors.joining("."));
      errors = Map.of(field, mapping.getClass().getSimpleName().startsWith("UnrecognizedProperty")
          ? "champ inconnu" : mapping.getCause() instanceof StreamReadException ? "valeur illisible"
          : "valeur de type incorrect");
    } else if (e.getCause() instanceof StreamConstraintsException) {
      errors = Map.of("body",
          "corps JSON hors limites : nombre trop long, texte trop long ou imbrication trop profonde");
    } else if (e.getCause() instanceof StreamReadException read && read.getOriginalMessage() != null
        && read.getOriginalMessage().startsWith("Duplicate field")) {
      errors = Map.of("body", "corps JSON illisible : champ en double");
    } else {
      errors = Map.of("body", "corps JSON absent ou illisible");
    }
    return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, "Requête invalide", errors));
  }

  private static ProblemDetail withErrors(HttpStatus status, String title, Map<String, String> fieldErrors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        fieldErrors.entrySet().stream().map(e -> e.getKey() + " : " + e.getValue())
            .collect(Collectors.joining(" ; ")));
    problem.setTitle(title);
    List<FieldError> errors = fieldErrors.entrySet().stream()
        .map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    problem.setProperty("errors", errors);
    return problem;
  }
}
