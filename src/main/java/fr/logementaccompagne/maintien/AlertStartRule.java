package fr.logementaccompagne.maintien;

import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.StartRule;
import fr.logementaccompagne.process.VariableSource;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.refusal.InvalidRequestException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The start rule of a person's start from Tasklist or {@code /engine-rest} (ADR 14): the intake's checks. */
@Component
public class AlertStartRule implements StartRule {

  private final AlertIntake intake;
  private final CaseStarter starter;

  public AlertStartRule(AlertIntake intake, CaseStarter starter) {
    this.intake = intake;
    this.starter = starter;
  }

  @Override
  public String processKey() {
    return MaintienPathway.KEY;
  }

  @Override
  public void check(VariableSource startVariables) {
    if (startVariables.get(MaintienPathway.Typed.SOURCE_ALERT_ID) != null) {
      // rental management's id makes a resent alert return its case: only the intake API, which checks it, sets it
      throw new InvalidRequestException(Map.of(MaintienPathway.Vars.SOURCE_ALERT_ID,
          "identifiant d'alerte de la gestion locative : transmis seulement par POST /api/maintien/alerts"));
    }
    MaintienAlert alert = AlertVariables.read(startVariables);
    intake.check(alert);
    starter.requireNoOpenCase(alert.householdReference(), Pathway.MAINTIEN);
  }
}
