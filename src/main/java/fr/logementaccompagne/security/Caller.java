package fr.logementaccompagne.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling the project's API: the engine user and groups set by the authentication filter. */
public record Caller(String userId, List<String> groupIds) {

  public boolean isAdministrator() {
    return groupIds.contains(Groups.ADMINISTRATORS);
  }

  public boolean inGroupStartingWith(String prefix) {
    return groupIds.stream().anyMatch(group -> group.startsWith(prefix));
  }

  public Set<String> partnerCodes() {
    return groupIds.stream().filter(group -> group.startsWith("partner-"))
        .map(group -> group.substring("partner-".length())).collect(Collectors.toSet());
  }

  public Set<String> providerCodes() {
    return groupIds.stream().filter(group -> group.startsWith("provider-"))
        .map(group -> group.substring("provider-".length())).collect(Collectors.toSet());
  }

  public boolean isPartner() {
    return !partnerCodes().isEmpty();
  }
}
