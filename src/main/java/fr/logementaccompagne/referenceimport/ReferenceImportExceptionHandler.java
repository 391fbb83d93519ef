package fr.logementaccompagne.referenceimport;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused imports as problem JSON in French: every bad line (400), or the rows in use a change would break (409). */
@RestControllerAdvice(assignableTypes = ReferenceAdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReferenceImportExceptionHandler {

  @ExceptionHandler(ImportRefusedException.class)
  ProblemDetail refused(ImportRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Fichier refusé");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler(RowInUseException.class)
  ProblemDetail inUse(RowInUseException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Lignes en cours d'utilisation");
    problem.setProperty("conflicts", e.conflicts());
    return problem;
  }
}
