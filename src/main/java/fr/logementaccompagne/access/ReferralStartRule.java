package fr.logementaccompagne.access;

import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.StartRule;
import fr.logementaccompagne.process.VariableSource;
import fr.logementaccompagne.process.access.AccessPathway;
import org.springframework.stereotype.Component;

/** The start rule of a person's start from Tasklist or {@code /engine-rest} (ADR 14): the intake's checks. */
@Component
public class ReferralStartRule implements StartRule {

  private final ReferralIntake intake;
  private final CaseStarter starter;

  public ReferralStartRule(ReferralIntake intake, CaseStarter starter) {
    this.intake = intake;
    this.starter = starter;
  }

  @Override
  public String processKey() {
    return AccessPathway.KEY;
  }

  @Override
  public void check(VariableSource startVariables) {
    Referral referral = ReferralVariables.read(startVariables);
    intake.check(referral);
    starter.requireNoOpenCase(referral.householdReference(), Pathway.ACCESS);
  }
}
