package fr.logementaccompagne.security;

import fr.logementaccompagne.process.Groups;

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

  public boolean isManager() {
    return groupIds.contains(Groups.MANAGERS);
  }

  public boolean isPriorityPublics() {
    return groupIds.contains(Groups.PRIORITY_PUBLICS);
  }

  /** A provider's account and nothing else: it sees a case through its orders only. */
  public boolean seesCasesOnlyAsProvider() {
    return !providerCodes().isEmpty() && !isAdministrator() && !isManager() && !isPriorityPublics()
        && partnerCodes().isEmpty() && territoryCodes().isEmpty() && basinCodes().isEmpty();
  }

  public Set<String> partnerCodes() {
    return codesOf(Groups.PARTNER_PREFIX);
  }

  public Set<String> providerCodes() {
    return codesOf(Groups.PROVIDER_PREFIX);
  }

  public Set<String> territoryCodes() {
    return codesOf(Groups.AGENCY_PREFIX);
  }

  public Set<String> basinCodes() {
    return codesOf(Groups.COORDINATOR_PREFIX);
  }

  private Set<String> codesOf(String prefix) {
    return groupIds.stream().filter(group -> group.startsWith(prefix))
        .map(group -> group.substring(prefix.length())).collect(Collectors.toSet());
  }

  public boolean isPartner() {
    return !partnerCodes().isEmpty();
  }
}
