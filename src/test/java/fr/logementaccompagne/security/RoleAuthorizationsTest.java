package fr.logementaccompagne.security;

import fr.logementaccompagne.process.Groups;

import fr.logementaccompagne.engine.security.RoleAuthorizations;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.maintien.MaintienPathway;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.H2ApplicationTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2ApplicationTest
class RoleAuthorizationsTest {

  @Autowired
  AuthorizationService authorizations;
  @Autowired
  RoleAuthorizations roleAuthorizations;
  @Autowired
  FilterService filters;

  private boolean may(String group, Permission permission, Resource resource, String resourceId) {
    return authorizations.isUserAuthorized("someone", List.of(group), permission, resource, resourceId);
  }

  @Test
  void caseworkersUseTasklistButNotCockpitOrAdmin() {
    for (String group : List.of(Groups.partner("VISA"), Groups.agency("LILLE"), Groups.provider("SOLIHA"),
        Groups.coordinator("METROPOLE"), Groups.PRIORITY_PUBLICS)) {
      assertThat(may(group, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as(group).isTrue();
      assertThat(may(group, Permissions.ACCESS, Resources.APPLICATION, "admin")).as(group).isFalse();
    }
    assertThat(may(Groups.partner("VISA"), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(may(Groups.provider("SOLIHA"), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    // the programme dashboard of their territory or basin (issue 10)
    assertThat(may(Groups.agency("LILLE"), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(may(Groups.coordinator("METROPOLE"), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    // Cockpit shows a coordinator's case with its model; the model opens no instance
    assertThat(may(Groups.coordinator("METROPOLE"), Permissions.READ, Resources.PROCESS_DEFINITION,
        "access-pathway")).isTrue();
    assertThat(may(Groups.coordinator("METROPOLE"), Permissions.READ, Resources.PROCESS_DEFINITION,
        "maintien-pathway")).isTrue();
    assertThat(may(Groups.coordinator("METROPOLE"), Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
        "access-pathway")).isFalse();
    assertThat(may(Groups.coordinator("METROPOLE"), Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        "access-pathway")).isFalse();
  }

  @Test
  void partnersStartAccessPathwaysOnlyAndAgenciesBoth() {
    assertThat(may(Groups.partner("VISA"), Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        AccessPathway.KEY)).isTrue();
    assertThat(may(Groups.partner("VISA"), Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        MaintienPathway.KEY)).isFalse();
    assertThat(may(Groups.agency("LILLE"), Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        MaintienPathway.KEY)).isTrue();
    assertThat(may(Groups.partner("VISA"), Permissions.READ, Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
  }

  @Test
  void managersReadEverythingButChangeNothing() {
    assertThat(may(Groups.MANAGERS, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(may(Groups.MANAGERS, Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "access-pathway")).isTrue();
    assertThat(may(Groups.MANAGERS, Permissions.READ, Resources.PROCESS_INSTANCE, "any-instance")).isTrue();
    assertThat(may(Groups.MANAGERS, Permissions.DELETE, Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
    assertThat(may(Groups.MANAGERS, Permissions.UPDATE, Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
    assertThat(may(Groups.MANAGERS, Permissions.CREATE, Resources.DEPLOYMENT, "*")).isFalse();
  }

  @Test
  void managersConveneTheLitigationCommissionWhichTheLitigationUnitFollowsInTasklist() {
    assertThat(may(Groups.MANAGERS, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        LitigationCommission.KEY)).isTrue();
    assertThat(may(Groups.MANAGERS, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        MaintienPathway.KEY)).isFalse();
    assertThat(may(Groups.LITIGATION, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(may(Groups.LITIGATION, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(may(Groups.LITIGATION, Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
        LitigationCommission.KEY)).isTrue();
    assertThat(may(Groups.LITIGATION, Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
        MaintienPathway.KEY)).isFalse();
    assertThat(may(Groups.LITIGATION, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        LitigationCommission.KEY)).isFalse();
  }

  @Test
  void analystsDeployButDoNotTouchInstances() {
    assertThat(may(Groups.ANALYSTS, Permissions.CREATE, Resources.DEPLOYMENT, "*")).isTrue();
    assertThat(may(Groups.ANALYSTS, Permissions.DELETE, Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
    assertThat(may(Groups.ANALYSTS, Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
  }

  @Test
  void caseworkersShareOneTasklistFilterOfTheirGroupsTasks() {
    Filter filter = filters.createFilterQuery().filterName(RoleAuthorizations.CASEWORKER_FILTER).singleResult();
    assertThat(filter).isNotNull();
    for (String group : List.of(Groups.partner("VISA"), Groups.agency("LILLE"), Groups.provider("SOLIHA"),
        Groups.coordinator("METROPOLE"), Groups.PRIORITY_PUBLICS, Groups.MANAGERS)) {
      assertThat(may(group, Permissions.READ, Resources.FILTER, filter.getId())).as(group).isTrue();
      assertThat(may(group, Permissions.UPDATE, Resources.FILTER, filter.getId())).as(group).isFalse();
    }
    assertThat(may(Groups.ANALYSTS, Permissions.READ, Resources.FILTER, filter.getId())).isFalse();
  }

  @Test
  void grantingAgainChangesNothing() {
    long before = authorizations.createAuthorizationQuery().count();
    long filtersBefore = filters.createFilterQuery().count();
    roleAuthorizations.grant();
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
  }
}
