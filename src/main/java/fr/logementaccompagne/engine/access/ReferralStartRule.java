package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.engine.boundary.StartRule;
import fr.logementaccompagne.engine.workflow.VariableKinds;
import fr.logementaccompagne.access.ReferralIntake;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.process.access.AccessPathway;
import org.camunda.bpm.engine.delegate.VariableScope;
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
  public void check(VariableScope startVariables) {
    VariableKinds.require(startVariables, ReferralVariables.KINDS);
    Referral referral = ReferralVariables.read(startVariables);
    intake.check(referral);
    starter.requireNoOpenCase(referral.householdReference(), Pathway.ACCESS);
  }
}
