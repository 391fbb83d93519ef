package fr.logementaccompagne.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the guard's refusal into Spring Boot's short "APPLICATION FAILED TO START" report, without a stack trace. */
public class InsecureAdministratorPasswordFailureAnalyzer
    extends AbstractFailureAnalyzer<InsecureAdministratorPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InsecureAdministratorPasswordException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set the ADMIN_PASSWORD environment variable to a strong password and start again.", cause);
  }
}
