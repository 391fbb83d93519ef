package fr.logementaccompagne.engine.workflow;

import fr.logementaccompagne.security.SystemActions;
import java.util.Optional;
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
public class SystemCalls implements SystemActions {

  /** Whom the system is acting for, for the audit trail of what it writes (e.g. who referred a household). */
  private static final ThreadLocal<String> ON_BEHALF_OF = new ThreadLocal<>();

  private final IdentityService identityService;

  public SystemCalls(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    String previous = ON_BEHALF_OF.get();
    identityService.clearAuthentication();
    if (caller != null) {
      ON_BEHALF_OF.set(caller.getUserId());
    }
    try {
      return work.get();
    } finally {
      ON_BEHALF_OF.set(previous);
      if (previous == null) {
        ON_BEHALF_OF.remove();
      }
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /**
   * The user on whose behalf the current code runs: the caller of a system call in progress, else the engine's
   * authenticated user (a Tasklist start), else empty (the job executor).
   */
  @Override
  public Optional<String> actingUser() {
    if (ON_BEHALF_OF.get() != null) {
      return Optional.of(ON_BEHALF_OF.get());
    }
    Authentication current = identityService.getCurrentAuthentication();
    return Optional.ofNullable(current == null ? null : current.getUserId());
  }
}
