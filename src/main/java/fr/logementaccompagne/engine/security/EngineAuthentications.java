package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.security.Authentications;
import fr.logementaccompagne.security.Caller;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The engine's current authentication (set by the REST filter, the webapps or a Tasklist session). */
@Component
public class EngineAuthentications implements Authentications {

  private final IdentityService identityService;

  public EngineAuthentications(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Optional<Caller> current() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return Optional.of(new Caller(authentication.getUserId(), groups));
  }
}
