package fr.logementaccompagne.security;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port: work the project does on behalf of a caller whose rights its own code has already checked, without the
 * caller's engine authorizations (implemented by the engine adapter's {@code SystemCalls}).
 */
public interface SystemActions {

  <T> T call(Supplier<T> work);

  /** The user on whose behalf the current code runs, if any (empty for the job executor). */
  Optional<String> actingUser();
}
