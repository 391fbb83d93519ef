package fr.logementaccompagne.litigation;

import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.maintien.MaintienAlertRepository;
import fr.logementaccompagne.pathway.CaseMessages;
import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.litigation.LitigationCommission.LitigationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Typed;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ForwardDecision}: the commission's decision on one file is recorded and reaches the household's open
 * maintien case as a message (its agency then gives it effect); when the household has no open case, a decision to
 * maintain the accompaniment opens a new one, which starts again at the tenant's consent. Other decisions on a
 * closed case are recorded only: the litigation unit carries them out (CCAPEX referral, procedure).
 */
@Component("decisionForwarding")
public class DecisionForwardingStep implements ProcessStep {

  private final CommissionRepository commissions;
  private final PathwayCaseRepository cases;
  private final MaintienAlertRepository alerts;
  private final CaseMessages messages;
  private final CaseStarter starter;

  public DecisionForwardingStep(CommissionRepository commissions, PathwayCaseRepository cases,
                                MaintienAlertRepository alerts, CaseMessages messages,
                                CaseStarter starter) {
    this.commissions = commissions;
    this.cases = cases;
    this.alerts = alerts;
    this.messages = messages;
    this.starter = starter;
  }

  @Override
  public void execute(StepContext step) {
    long commissionId = step.get(Typed.COMMISSION_ID);
    String file = step.get(Typed.AGENDA_FILE);
    LitigationDecision decision = step.get(Typed.LITIGATION_DECISION);
    String note = step.get(Typed.DECISION_NOTE);
    String forwardedTo = cases.openMaintienCaseOfHouseholdOf(file).map(open -> {
      Map<String, Object> variables = new HashMap<>();
      Typed.LITIGATION_DECISION.putInto(variables, decision);
      Typed.COMMISSION_NUMBER.putInto(variables, step.get(Typed.COMMISSION_NUMBER));
      if (!messages.deliver(LitigationCommission.MESSAGE_DECISION, open.processInstanceId(), variables)) {
        // an open maintien case always waits for the commission's decision: retried, then an incident
        throw new IllegalStateException("Le dossier " + open.caseReference() + " n'attend pas la décision");
      }
      return open.caseReference();
    }).orElseGet(() -> decision == LitigationDecision.MAINTAIN_ACCOMPANIMENT ? reopen(file) : null);
    commissions.recordDecision(commissionId, file, decision.name(), note, forwardedTo);
  }

  /** A new maintien case from the closed case's alert; it goes through the overlap check and the consent. */
  private String reopen(String caseReference) {
    MaintienAlert alert = alerts.alertOf(caseReference).orElse(null);
    if (alert == null) {
      return null;
    }
    return starter.start(Pathway.MAINTIEN, MaintienPathway.KEY, alert.householdReference(), alert.toVariables())
        .caseReference();
  }
}
