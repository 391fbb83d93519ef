package fr.logementaccompagne.referenceimport;

import fr.logementaccompagne.security.RoleGroups;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A new partner, territory or provider gets its role group and authorizations as soon as its file is imported,
 * not at the next start (the same idempotent steps the start runs).
 */
@Component
public class RoleGroupsAfterImport {

  private static final Set<String> TABLES_WITH_GROUPS = Set.of("territories", "partners", "provider-markets");

  private final RoleGroups roleGroups;

  public RoleGroupsAfterImport(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  void refreshAfter(ReferenceTable table, ImportResult result) {
    if (TABLES_WITH_GROUPS.contains(table.name()) && result.created() > 0) {
      roleGroups.createMissing();
    }
  }
}
