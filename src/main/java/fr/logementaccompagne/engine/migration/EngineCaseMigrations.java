package fr.logementaccompagne.engine.migration;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.refusal.NotFoundException;
import fr.logementaccompagne.migration.CaseMigrationRepository;
import fr.logementaccompagne.migration.CaseMigrations;
import fr.logementaccompagne.migration.MigrationReport;
import fr.logementaccompagne.migration.MigrationReport.CaseLine;
import fr.logementaccompagne.migration.MigrationRequest;
import fr.logementaccompagne.migration.ModelVariables;
import fr.logementaccompagne.engine.workflow.SystemCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the running cases of a process to a newer version with the engine's migration API (ADR 22): steps of the
 * same id map to each other, the analyst's mappings cover renamed steps, and a case standing on a step that has
 * no counterpart, or ahead of a step of the new version reading a variable it does not have (ADR 30), stays where
 * it is, reported with the reason. Timers and tasks move with their case, unchanged
 * (a timer keeps its due date; a changed duration applies to the timers the new version creates). The caller's
 * rights are checked by the controller; the engine calls run as the system.
 */
@Service
public class EngineCaseMigrations implements CaseMigrations {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final SystemCalls system;
  private final CaseMigrationRepository journal;
  private final BeanFactory beans;

  public EngineCaseMigrations(RepositoryService repository, RuntimeService runtime, SystemCalls system,
                              CaseMigrationRepository journal,
                              BeanFactory beans) {
    this.repository = repository;
    this.runtime = runtime;
    this.system = system;
    this.journal = journal;
    this.beans = beans;
  }

  @Override
  public MigrationReport preview(MigrationRequest request) {
    return system.call(() -> report(request, plans(request), false));
  }

  @Override
  @Transactional
  public MigrationReport execute(MigrationRequest request, String movedBy) {
    return system.call(() -> {
      List<SourcePlan> plans = plans(request);
      MigrationReport report = report(request, plans, true);
      for (SourcePlan plan : plans) {
        List<CaseLine> moving = report.movable().stream()
            .filter(line -> line.fromVersion() == plan.source().getVersion()).toList();
        if (moving.isEmpty()) {
          continue;
        }
        runtime.newMigration(plan.plan()).processInstanceIds(moving.stream().map(CaseLine::processInstanceId)
            .toList()).execute();
        moving.forEach(line -> request.variablesOrNone().forEach((name, value) -> {
          if (runtime.getVariable(line.processInstanceId(), name) == null) {
            runtime.setVariable(line.processInstanceId(), name, value);
          }
        }));
        moving.forEach(line -> journal.record(line, request.processKey(), report.toVersion(), movedBy));
      }
      return report;
    });
  }

  private record SourcePlan(ProcessDefinition source, ProcessDefinition target, MigrationPlan plan) {
  }

  private List<SourcePlan> plans(MigrationRequest request) {
    if (request.processKey() == null || request.processKey().isBlank()) {
      throw new InvalidRequestException(Map.of("processKey", "obligatoire (ex. access-pathway)"));
    }
    ProcessDefinition target = target(request);
    BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.getId());
    Map<String, String> errors = new LinkedHashMap<>();
    request.mappingsOrNone().forEach((from, to) -> {
      if (targetModel.getModelElementById(to) == null) {
        errors.put("mappings." + from, "l'étape %s n'existe pas dans la version %d".formatted(to,
            target.getVersion()));
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    List<SourcePlan> plans = new ArrayList<>();
    for (ProcessDefinition source : sources(request, target)) {
      BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
      MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
      request.mappingsOrNone().forEach((from, to) -> {
        // a step kept under the same id is already mapped; a step the source version never had is not moved
        if (sourceModel.getModelElementById(from) != null && targetModel.getModelElementById(from) == null) {
          builder.mapActivities(from, to);
        }
      });
      try {
        plans.add(new SourcePlan(source, target, builder.build()));
      } catch (MigrationPlanValidationException refused) {
        throw new InvalidRequestException(Map.of("mappings", "correspondances refusées pour la version %d : %s"
            .formatted(source.getVersion(), refused.getMessage())));
      }
    }
    return plans;
  }

  private ProcessDefinition target(MigrationRequest request) {
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(request.processKey());
    ProcessDefinition target = request.toVersion() == null ? query.latestVersion().singleResult()
        : query.processDefinitionVersion(request.toVersion()).singleResult();
    if (target == null) {
      throw new NotFoundException("Aucune version %s du processus %s".formatted(
          request.toVersion() == null ? "" : request.toVersion(), request.processKey()));
    }
    return target;
  }

  private List<ProcessDefinition> sources(MigrationRequest request, ProcessDefinition target) {
    if (request.fromVersion() != null && request.fromVersion() >= target.getVersion()) {
      throw new InvalidRequestException(Map.of("fromVersion", "doit précéder la version cible %d"
          .formatted(target.getVersion())));
    }
    return repository.createProcessDefinitionQuery().processDefinitionKey(request.processKey())
        .orderByProcessDefinitionVersion().asc().list().stream()
        .filter(d -> d.getVersion() < target.getVersion())
        .filter(d -> request.fromVersion() == null || d.getVersion() == request.fromVersion()).toList();
  }

  private MigrationReport report(MigrationRequest request, List<SourcePlan> plans, boolean executed) {
    List<CaseLine> movable = new ArrayList<>();
    List<CaseLine> blocked = new ArrayList<>();
    int toVersion = plans.isEmpty() ? target(request).getVersion() : plans.get(0).target().getVersion();
    ModelVariables targetVariables = plans.isEmpty() ? null : variables(plans.get(0).target());
    for (SourcePlan plan : plans) {
      BpmnModelInstance sourceModel = repository.getBpmnModelInstance(plan.source().getId());
      Map<String, String> mapped = plan.plan().getInstructions().stream().collect(Collectors.toMap(
          MigrationInstruction::getSourceActivityId, MigrationInstruction::getTargetActivityId, (a, b) -> a));
      Set<String> readBefore = variables(plan.source()).allReads();
      for (ProcessInstance instance : runtime.createProcessInstanceQuery()
          .processDefinitionId(plan.source().getId()).orderByBusinessKey().asc().list()) {
        Set<String> active = new LinkedHashSet<>();
        collect(runtime.getActivityInstance(instance.getId()), active, true);
        List<String> reasons = new ArrayList<>(active.stream().filter(step -> !mapped.containsKey(step))
            .map(step -> "l'étape « %s » (%s) n'existe plus dans la version %d et aucune correspondance n'est donnée"
                .formatted(name(sourceModel, step), step, toVersion)).toList());
        reasons.addAll(missingVariables(instance.getId(), active.stream().map(mapped::get)
            .filter(Objects::nonNull).toList(), targetVariables, readBefore, request, toVersion));
        List<String> steps = active.stream().map(step -> name(sourceModel, step)).toList();
        CaseLine line = new CaseLine(instance.getBusinessKey(), instance.getId(), plan.source().getVersion(),
            steps, reasons);
        (reasons.isEmpty() ? movable : blocked).add(line);
      }
    }
    String summary = "%d dossier(s) %s à la version %d du processus %s, %d ne %s pas (étape sans correspondance ou variable manquante)"
        .formatted(movable.size(), executed ? "déplacé(s)" : "peuvent passer", toVersion, request.processKey(),
            blocked.size(), executed ? "l'ont été" : "le peuvent");
    return new MigrationReport(request.processKey(), toVersion, executed, summary, movable, blocked);
  }

  /**
   * Variables the new version reads ahead of the case that the case does not have: read by no step of the old
   * version (what the old one read, its cases carry or its delegates set), written by no step ahead, and given no
   * value by the manager.
   */
  private List<String> missingVariables(String instanceId, List<String> targetSteps, ModelVariables target,
                                        Set<String> readBefore, MigrationRequest request, int toVersion) {
    Set<String> present = new HashSet<>(request.variablesOrNone().keySet());
    runtime.createVariableInstanceQuery().processInstanceIdIn(instanceId).list()
        .forEach(variable -> present.add(variable.getName()));
    present.addAll(target.writesAhead(targetSteps));
    Map<String, String> missing = new LinkedHashMap<>();
    for (ModelVariables.Read read : target.readsAhead(targetSteps)) {
      if (!readBefore.contains(read.variable()) && !present.contains(read.variable())) {
        missing.putIfAbsent(read.variable(), "la variable « %s », lue par l'étape « %s » (%s) de la version %d,"
            .formatted(read.variable(), read.stepName(), read.stepId(), toVersion) + " manque à ce dossier et"
            + " aucune étape restante ne la renseigne : donnez-lui une valeur (variables) ou laissez le dossier");
      }
    }
    return List.copyOf(missing.values());
  }

  /** What the version's steps read and write, its forms included (those deployed with it). */
  private ModelVariables variables(ProcessDefinition definition) {
    String deployment = definition.getDeploymentId();
    List<byte[]> forms = repository.getDeploymentResourceNames(deployment).stream()
        .filter(name -> name.endsWith(".form")).map(name -> bytes(repository.getResourceAsStream(deployment, name)))
        .toList();
    return ModelVariables.of(bytes(repository.getProcessModel(definition.getId())), forms, beans::containsBean);
  }

  private static byte[] bytes(InputStream stream) {
    try (stream) {
      return stream.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Every step the case stands on, scopes included: each needs a counterpart in the new version. */
  private static void collect(ActivityInstance instance, Set<String> steps, boolean root) {
    if (!root) {
      steps.add(instance.getActivityId().replace("#multiInstanceBody", ""));
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      steps.add(transition.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, steps, false);
    }
  }

  private static String name(BpmnModelInstance model, String step) {
    return model.getModelElementById(step) instanceof FlowElement element && element.getName() != null
        ? element.getName() : step;
  }
}
