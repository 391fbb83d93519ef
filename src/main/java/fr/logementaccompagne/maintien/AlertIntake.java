package fr.logementaccompagne.maintien;

import fr.logementaccompagne.api.InvalidRequestException;
import fr.logementaccompagne.api.UnknownReferenceException;
import fr.logementaccompagne.boundary.StartRule;
import fr.logementaccompagne.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.workflow.VariableKinds;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/maintien/alerts}: checks the alert and the caller, then starts the maintien pathway. The same
 * checks guard every other way of opening a maintien case as its {@link StartRule}.
 */
@Service
public class AlertIntake implements StartRule {

  private final MaintienAlertValidator validator;
  private final CallerRights rights;
  private final CaseStarter starter;
  private final JdbcClient jdbc;

  public AlertIntake(MaintienAlertValidator validator, CallerRights rights, CaseStarter starter, JdbcClient jdbc) {
    this.validator = validator;
    this.rights = rights;
    this.starter = starter;
    this.jdbc = jdbc;
  }

  public StartedCase raise(MaintienAlert alert) {
    return raise(alert, null);
  }

  /** Opens the case; the source system's id of the alert, when given, is kept with it (unique). */
  public StartedCase raise(MaintienAlert alert, String sourceAlertId) {
    check(alert);
    var variables = alert.toVariables();
    if (sourceAlertId != null) {
      variables.put(Vars.SOURCE_ALERT_ID, sourceAlertId);
    }
    return starter.start(Pathway.MAINTIEN, MaintienPathway.KEY, alert.householdReference(), variables);
  }

  /**
   * The case an alert with this source id already opened, once the caller has passed the same checks as for a new
   * alert (so that a source id never reveals another territory's case). A source id reused for another tenant is
   * a conflict, not the same alert.
   */
  public Optional<StartedCase> alreadyReceived(MaintienAlert alert, String sourceAlertId) {
    if (sourceAlertId == null) {
      return Optional.empty();
    }
    check(alert);
    return jdbc.sql("""
            SELECT c.case_reference, c.process_instance_id, h.reference FROM maintien_alert a
            JOIN pathway_case c ON c.case_reference = a.case_reference JOIN household h ON h.id = c.household_id
            WHERE a.source_alert_id = :source""")
        .param("source", sourceAlertId)
        .query((rs, row) -> {
          if (!rs.getString(3).equals(alert.householdReference())) {
            throw new DuplicateOpenCaseException(null);
          }
          return new StartedCase(rs.getString(1), rs.getString(2));
        })
        .optional();
  }

  @Override
  public String processKey() {
    return MaintienPathway.KEY;
  }

  @Override
  public void check(VariableScope startVariables) {
    VariableKinds.require(startVariables, MaintienAlert.KINDS);
    MaintienAlert alert = MaintienAlert.from(startVariables);
    check(alert);
    starter.requireNoOpenCase(alert.householdReference(), Pathway.MAINTIEN);
  }

  private void check(MaintienAlert alert) {
    var errors = validator.formErrors(alert);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    var unknown = validator.unknownReferences(alert);
    if (!unknown.isEmpty()) {
      throw new UnknownReferenceException(unknown);
    }
    rights.requireMayRaiseAlert(alert.territoryCode(), alert.householdReference());
  }
}
