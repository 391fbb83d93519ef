package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.process.Groups;

import fr.logementaccompagne.reference.ReferenceDataRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of docs/design.md section 7 from the reference data (one per partner, territory agency, basin
 * coordination and provider, plus the fixed ones), idempotently at every start. With a read-only directory
 * (LDAP) the groups are the directory's business and nothing is created.
 */
@Component
public class RoleGroupsInitializer {

  private static final Logger LOG = LoggerFactory.getLogger(RoleGroupsInitializer.class);
  public static final int ORDER = 0;

  private final IdentityService identityService;
  private final ReferenceDataRepository referenceData;

  public RoleGroupsInitializer(IdentityService identityService, ReferenceDataRepository referenceData) {
    this.identityService = identityService;
    this.referenceData = referenceData;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(ORDER)
  public void createMissingGroups() {
    if (identityService.isReadOnly()) {
      warnOfGroupsMissingFromTheDirectory();
      return;
    }
    int created = 0;
    for (Map.Entry<String, String> group : expectedGroups().entrySet()) {
      if (identityService.createGroupQuery().groupId(group.getKey()).count() == 0) {
        Group newGroup = identityService.newGroup(group.getKey());
        newGroup.setName(group.getValue());
        newGroup.setType("WORKFLOW");
        identityService.saveGroup(newGroup);
        created++;
      }
    }
    LOG.info("Role groups checked, {} created", created);
  }

  /**
   * A role group missing from the directory is not an error (a partner may have no account yet) but its
   * authorizations reach nobody: say which, in one query, so that the directory's administrators can add them.
   */
  private void warnOfGroupsMissingFromTheDirectory() {
    Set<String> missing = new TreeSet<>(expectedGroups().keySet());
    missing.add(Groups.ADMINISTRATORS);
    identityService.createGroupQuery().groupIdIn(missing.toArray(String[]::new)).list()
        .forEach(group -> missing.remove(group.getId()));
    if (missing.isEmpty()) {
      LOG.info("Read-only identity provider: every role group exists in the directory");
    } else {
      LOG.warn("Read-only identity provider: role groups missing from the directory: {}", missing);
    }
  }

  /** Group id to French display name. */
  Map<String, String> expectedGroups() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(Groups.PRIORITY_PUBLICS, "Unité publics prioritaires");
    groups.put(Groups.MANAGERS, "Responsables (pilotage)");
    groups.put(Groups.ANALYSTS, "Analystes (modèles)");
    groups.put(Groups.LITIGATION, "Unité contentieux");
    referenceData.partners().forEach(p -> groups.put(Groups.partner(p.code()), "Partenaire " + p.label()));
    referenceData.territories().forEach(t -> groups.put(Groups.agency(t.code()), "Agence " + t.label()));
    referenceData.basins().forEach(b -> groups.put(Groups.coordinator(b.code()), "Coordination territoriale " + b.label()));
    referenceData.providers().forEach(p -> groups.put(Groups.provider(p.code()), "Prestataire " + p.label()));
    return groups;
  }
}
