package fr.logementaccompagne.engine.demo;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.process.access.AccessPathway.LeaseWillSlide;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few pathways at different stages, so that Tasklist and Cockpit are not empty on first login: a household
 * in hosting at its joint review, one in sliding lease past its first review, one in direct lease, a referral
 * waiting for a dwelling and a maintien alert waiting for consent. Created once (their households are looked
 * up), by driving the engine as the users would; the job executor is held meanwhile so that the steps run here.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "la.demo.pathways", havingValue = "true", matchIfMissing = true)
public class DemoPathways {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPathways.class);
  static final String HOSTED = "DEMO-HEB-0001";
  static final String SLIDING = "DEMO-BG-0002";
  static final String DIRECT = "DEMO-BD-0003";
  static final String WAITING_FOR_DWELLING = "DEMO-ORI-0004";
  static final String MAINTIEN_TENANT = "DEMO-LOC-0005";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final ProcessEngineConfigurationImpl configuration;
  private final CaseReferences caseReferences;
  private final PathwayCaseRepository cases;

  public DemoPathways(RuntimeService runtime, TaskService tasks, ManagementService management,
                      ProcessEngineConfigurationImpl configuration, CaseReferences caseReferences,
                      PathwayCaseRepository cases) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.configuration = configuration;
    this.caseReferences = caseReferences;
    this.cases = cases;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void createOnce() {
    if (cases.openCaseOf(HOSTED, Pathway.ACCESS).isPresent()) {
      return;
    }
    JobExecutor jobExecutor = configuration.getJobExecutor();
    boolean wasActive = jobExecutor != null && jobExecutor.isActive();
    if (wasActive) {
      jobExecutor.shutdown();
    }
    try {
      hostedAtReview();
      slidingLeasePastFirstReview();
      directLease();
      waitingForDwelling();
      maintienWaitingForConsent();
      LOG.info("Demo pathways created");
    } finally {
      if (wasActive) {
        jobExecutor.start();
      }
    }
  }

  private void hostedAtReview() {
    String instance = refer(HOSTED, "VISA", "LILLE", 2, 1, "14200", "LEAVING_SHELTER");
    settleInDwelling(instance);
    fireTimer(instance, Elements.REVIEW_DUE);
  }

  private void slidingLeasePastFirstReview() {
    String instance = refer(SLIDING, "ARMEE_DU_SALUT", "ROUBAIX_TOURCOING", 3, 2, "16800", "LEAVING_PRISON");
    settleInDwelling(instance);
    fireTimer(instance, Elements.REVIEW_DUE);
    complete(instance, Elements.PERIODIC_REVIEW, Map.of(Vars.REVIEW_DECISION, "ADVANCE",
        "indicatorDebtTrend", "IMPROVING", "indicatorDwellingAppropriation", "STABLE"));
    signAndAgree(instance);
    fireTimer(instance, Elements.PREFECT_NOTICE_DUE);
    complete(instance, Elements.NOTIFY_PREFECT, Map.of(Vars.LEASE_WILL_SLIDE, LeaseWillSlide.NO.name(),
        Vars.PREFECT_NOTIFIED_ON, "2026-09-01"));
    fireTimer(instance, Elements.SLIDING_LEASE_REVIEW_DUE);
    complete(instance, Elements.PERIODIC_REVIEW, Map.of(Vars.REVIEW_DECISION, "CONTINUE",
        "indicatorDebtTrend", "STABLE", "indicatorEmployment", "IMPROVING"));
  }

  private void directLease() {
    String instance = refer(DIRECT, "APF", "LILLE", 1, 0, "11000", "DALO", "MOTOR_DISABILITY");
    settleInDwelling(instance);
  }

  private void waitingForDwelling() {
    String instance = refer(WAITING_FOR_DWELLING, "SAUVEGARDE_DU_NORD", "LILLE", 3, 1, "19500",
        "SINGLE_WOMAN_WITH_CHILDREN");
    runJobs(instance);
  }

  private void maintienWaitingForConsent() {
    var alert = new MaintienAlert(MAINTIEN_TENANT, "ROU-BAV-06", "ROUBAIX_TOURCOING", new BigDecimal("2140.00"), 5,
        List.of("ARREARS", "NEIGHBOURHOOD"));
    String instance = runtime.startProcessInstanceByKey(MaintienPathway.KEY, caseReferences.next(Pathway.MAINTIEN),
        TypedVariables.engineValues(alert.toVariables())).getId();
    runJobs(instance);
  }

  private String refer(String household, String partner, String territory, int size, int dependants,
                       String resources, String... categories) {
    var referral = new Referral(household, partner, territory, size, dependants, new BigDecimal(resources),
        List.of(categories), List.of(categories).contains("MOTOR_DISABILITY"), true, null);
    return runtime.startProcessInstanceByKey(AccessPathway.KEY, caseReferences.next(Pathway.ACCESS),
        TypedVariables.engineValues(referral.toVariables())).getId();
  }

  /** Dwelling proposed and attributed, contract signed, objectives agreed. */
  private void settleInDwelling(String instance) {
    runJobs(instance);
    SpinJsonNode options = (SpinJsonNode) runtime.getVariable(instance, Vars.DWELLING_OPTIONS);
    complete(instance, Elements.PROPOSE_DWELLING,
        Map.of(Vars.PROPOSED_DWELLING_REFERENCE, options.elements().get(0).prop("value").stringValue()));
    complete(instance, Elements.ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED",
        "commissionDate", "2026-03-12"));
    signAndAgree(instance);
  }

  private void signAndAgree(String instance) {
    complete(instance, Elements.SIGN_CONTRACT, Map.of("contractSignedOn", "2026-03-20"));
    complete(instance, Elements.AGREE_OBJECTIVES, Map.of("objectivesSocial", "Stabiliser le budget familial",
        "objectivesTechnical", "Prise en main du logement"));
  }

  private void complete(String instance, String taskKey, Map<String, Object> variables) {
    String taskId = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult()
        .getId();
    tasks.complete(taskId, variables);
    runJobs(instance);
  }

  private void fireTimer(String instance, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(instance).activityId(activityId).timers()
        .singleResult();
    management.executeJob(timer.getId());
    runJobs(instance);
  }

  private void runJobs(String instance) {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processInstanceId(instance).messages().list()).isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
