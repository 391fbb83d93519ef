package fr.logementaccompagne.security;

import java.util.Optional;

/** Port: who is authenticated on the current thread (the engine's identity service answers it). */
public interface Authentications {

  Optional<Caller> current();
}
