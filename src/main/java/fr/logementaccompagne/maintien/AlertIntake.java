package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway;

import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.refusal.UnknownReferenceException;
import fr.logementaccompagne.security.CallerRights;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/maintien/alerts}: checks the alert and the caller, then starts the maintien pathway. The same
 * checks guard every other way of opening a maintien case through the engine adapter's start rule.
 */
@Service
public class AlertIntake {

  private final MaintienAlertValidator validator;
  private final CallerRights rights;
  private final CaseStarter starter;
  private final MaintienAlertRepository alerts;

  public AlertIntake(MaintienAlertValidator validator, CallerRights rights, CaseStarter starter,
                     MaintienAlertRepository alerts) {
    this.validator = validator;
    this.rights = rights;
    this.starter = starter;
    this.alerts = alerts;
  }

  public StartedCase raise(MaintienAlert alert) {
    return raise(alert, null);
  }

  /** Opens the case; the source system's id of the alert, when given, is kept with it (unique). */
  public StartedCase raise(MaintienAlert alert, String sourceAlertId) {
    check(alert);
    var variables = alert.toVariables();
    if (sourceAlertId != null) {
      MaintienPathway.Typed.SOURCE_ALERT_ID.putInto(variables, sourceAlertId);
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
    return alerts.bySourceId(sourceAlertId).map(received -> {
      if (!received.householdReference().equals(alert.householdReference())) {
        throw new DuplicateOpenCaseException(null);
      }
      return received.startedCase();
    });
  }

  /** The checks of a start by API or Tasklist: fields, known references, the caller's right. */
  public void check(MaintienAlert alert) {
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
