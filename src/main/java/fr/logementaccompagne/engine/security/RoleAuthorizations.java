package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.maintien.MaintienPathway;

import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.reference.ReferenceDataRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine authorizations of each role (docs/design.md section 7), granted at every start and idempotently: a grant
 * already there is completed, never duplicated. Tasks are not granted here: the engine gives a task's candidate
 * group READ and UPDATE on that task only, so a caseworker sees the tasks of their own cases. Tasklist lists tasks
 * through filters only, so one shared filter, "the tasks of my groups", is created once and readable by every
 * caseworker group.
 */
@Component
public class RoleAuthorizations {

  private static final Logger LOG = LoggerFactory.getLogger(RoleAuthorizations.class);
  static final String ANY = "*";
  public static final String CASEWORKER_FILTER = "Tâches de mes groupes";

  private final AuthorizationGrants grants;
  private final ReferenceDataRepository referenceData;
  private final FilterService filters;
  private final TaskService tasks;

  public RoleAuthorizations(AuthorizationGrants grants, ReferenceDataRepository referenceData,
                            FilterService filters, TaskService tasks) {
    this.grants = grants;
    this.referenceData = referenceData;
    this.filters = filters;
    this.tasks = tasks;
  }

  public record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(RoleGroupsInitializer.ORDER + 1)
  public void grant() {
    int changed = 0;
    for (Grant grant : grants(caseworkerFilterId())) {
      changed += grants.grant(grant.groupId(), grant.resource(), grant.resourceId(), grant.permissions()) ? 1 : 0;
    }
    LOG.info("Role authorizations checked, {} created or completed", changed);
  }

  List<Grant> grants(String caseworkerFilterId) {
    List<Grant> grants = new ArrayList<>();
    List<String> caseworkerGroups = new ArrayList<>(List.of(Groups.PRIORITY_PUBLICS, Groups.MANAGERS,
        Groups.LITIGATION));
    referenceData.partners().forEach(p -> caseworkerGroups.add(Groups.partner(p.code())));
    referenceData.territories().forEach(t -> caseworkerGroups.add(Groups.agency(t.code())));
    referenceData.basins().forEach(b -> caseworkerGroups.add(Groups.coordinator(b.code())));
    referenceData.providers().forEach(p -> caseworkerGroups.add(Groups.provider(p.code())));
    for (String group : caseworkerGroups) {
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
      grants.add(new Grant(group, Resources.FILTER, caseworkerFilterId, Permissions.READ));
    }

    // partners refer households from Tasklist; agencies start both pathways (referral on behalf, rental alert)
    referenceData.partners().forEach(p -> grants.addAll(starter(Groups.partner(p.code()), AccessPathway.KEY)));
    for (var territory : referenceData.territories()) {
      grants.addAll(starter(Groups.agency(territory.code()), AccessPathway.KEY));
      grants.addAll(starter(Groups.agency(territory.code()), MaintienPathway.KEY));
    }

    // managers: read-only monitoring of everything in Cockpit
    grants.add(new Grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK));
    grants.add(new Grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
    grants.add(new Grant(Groups.MANAGERS, Resources.TASK, ANY, Permissions.READ));
    grants.add(new Grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_HISTORY));
    grants.add(new Grant(Groups.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
    grants.add(new Grant(Groups.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ));

    // agencies and coordinators: the programme dashboard in Cockpit, over their territory or basin (issue 10, ADR
    // 21); they read there only the cases their per-case authorizations open (CaseAuthorizations)
    referenceData.territories().forEach(t ->
        grants.add(new Grant(Groups.agency(t.code()), Resources.APPLICATION, "cockpit", Permissions.ACCESS)));
    referenceData.basins().forEach(b ->
        grants.add(new Grant(Groups.coordinator(b.code()), Resources.APPLICATION, "cockpit", Permissions.ACCESS)));
    // coordinators start nothing, yet Cockpit reads a case's definition to show the case: the models, no instance
    for (var basin : referenceData.basins()) {
      for (String pathway : List.of(AccessPathway.KEY, MaintienPathway.KEY)) {
        grants.add(new Grant(Groups.coordinator(basin.code()), Resources.PROCESS_DEFINITION, pathway,
            Permissions.READ));
      }
    }
    // managers convene a litigation commission from Tasklist; the litigation unit follows its commissions
    grants.addAll(starter(Groups.MANAGERS, LitigationCommission.KEY));
    grants.add(new Grant(Groups.LITIGATION, Resources.PROCESS_DEFINITION, LitigationCommission.KEY, Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY));

    // analysts: deploy new versions of processes, decisions and forms (Camunda Modeler, Cockpit)
    grants.add(new Grant(Groups.ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(new Grant(Groups.ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ));
    grants.add(new Grant(Groups.ANALYSTS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ));
    grants.add(new Grant(Groups.ANALYSTS, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
    grants.add(new Grant(Groups.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
    return grants;
  }

  /**
   * The Tasklist filter of caseworkers, created when missing: open tasks of which one of the user's groups is a
   * candidate, claimed or not (a claimed task stays in its claimer's list until completed).
   */
  String caseworkerFilterId() {
    Filter existing = filters.createFilterQuery().filterResourceType(EntityTypes.TASK).filterName(CASEWORKER_FILTER)
        .singleResult();
    if (existing != null) {
      return existing.getId();
    }
    Filter filter = filters.newTaskFilter(CASEWORKER_FILTER)
        .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks())
        .setProperties(Map.of(
            "description", "Tâches des dossiers de mes groupes, réservées ou non",
            "priority", -10,
            "refresh", true));
    filters.saveFilter(filter);
    LOG.info("Tasklist filter '{}' created", CASEWORKER_FILTER);
    return filter.getId();
  }

  private static List<Grant> starter(String group, String processKey) {
    return List.of(
        new Grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE),
        new Grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));
  }
}
