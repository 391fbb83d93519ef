package fr.logementaccompagne.maintien;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.process.maintien.MaintienPathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.logementaccompagne.process.maintien.MaintienPathway.Elements;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.OwnJvm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A territory whose lot-1 market nobody holds: the order stops with an incident that says why, in Cockpit. It deletes
 * the Douai market of the demo data, which other tests use: hence a JVM and a database of its own.
 */
@OwnJvm
@H2ApplicationTest
class MissingMarketIncidentTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  CaseReferences caseReferences;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void orderWithoutMarketHolderRaisesAReadableIncident() {
    jdbc.update("DELETE FROM provider_market WHERE territory_code = 'DOUAI' AND lot_number = 1");
    var alert = new MaintienAlert("LOC-NOMARKET", "DOU-STD-01", "DOUAI", new BigDecimal("700"), 2,
        List.of("ARREARS"));
    String pathway = runtime.startProcessInstanceByKey(MaintienPathway.KEY, caseReferences.next(Pathway.MAINTIEN),
        TypedVariables.engineValues(alert.toVariables())).getId();
    runJobsOf(pathway);
    String consent = tasks.createTaskQuery().processInstanceId(pathway)
        .taskDefinitionKey(Elements.OBTAIN_CONSENT).singleResult().getId();
    tasks.complete(consent, Map.of(Vars.CONSENT_DECISION, "ACCEPTED"));

    String order = runtime.createProcessInstanceQuery().superProcessInstanceId(pathway).singleResult().getId();
    Job placeOrder = management.createJobQuery().processInstanceId(order).singleResult();
    // the retry cycle R3/PT5M: three failures, then the incident
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(placeOrder.getId()))
          .hasMessageContaining("Aucun prestataire ne détient le marché du lot 1 sur le territoire DOUAI");
    }

    Incident incident = runtime.createIncidentQuery().processInstanceId(order).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(Elements.PLACE_ORDER);
    assertThat(incident.getIncidentMessage()).contains("Aucun prestataire", "lot 1", "DOUAI");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order po JOIN pathway_case c"
        + " ON c.case_reference = po.case_reference JOIN household h ON h.id = c.household_id"
        + " WHERE h.reference = 'LOC-NOMARKET'", Integer.class)).isZero();
  }

  private void runJobsOf(String processInstanceId) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).messages().list()) {
      management.executeJob(job.getId());
    }
  }
}
