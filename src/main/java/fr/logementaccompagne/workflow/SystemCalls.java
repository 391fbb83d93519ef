package fr.logementaccompagne.workflow;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the project itself makes, on behalf of a caller whose rights the project's own code
 * has already checked (an intake accepted, a decision table read by a delegate), without the caller's engine
 * authorizations. The caller's authentication is restored afterwards.
 */
@Component
public class SystemCalls {

  private final IdentityService identityService;

  public SystemCalls(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
