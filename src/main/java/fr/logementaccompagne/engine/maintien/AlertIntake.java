package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.maintien.MaintienAlertValidator;
import fr.logementaccompagne.process.maintien.MaintienPathway;

import fr.logementaccompagne.api.InvalidRequestException;
import fr.logementaccompagne.api.UnknownReferenceException;
import fr.logementaccompagne.engine.boundary.StartRule;
import fr.logementaccompagne.pathway.CaseStarter.StartedCase;
import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.engine.security.CallerRights;
import fr.logementaccompagne.engine.workflow.VariableKinds;
import org.camunda.bpm.engine.delegate.VariableScope;
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

  public AlertIntake(MaintienAlertValidator validator, CallerRights rights, CaseStarter starter) {
    this.validator = validator;
    this.rights = rights;
    this.starter = starter;
  }

  public StartedCase raise(MaintienAlert alert) {
    check(alert);
    return starter.start(Pathway.MAINTIEN, MaintienPathway.KEY, alert.householdReference(), alert.toVariables());
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
