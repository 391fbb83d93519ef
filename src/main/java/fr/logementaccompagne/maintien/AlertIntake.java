package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.refusal.UnknownReferenceException;
import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.security.CallerRights;
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

  public AlertIntake(MaintienAlertValidator validator, CallerRights rights, CaseStarter starter) {
    this.validator = validator;
    this.rights = rights;
    this.starter = starter;
  }

  public StartedCase raise(MaintienAlert alert) {
    check(alert);
    return starter.start(Pathway.MAINTIEN, MaintienPathway.KEY, alert.householdReference(), alert.toVariables());
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
