package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import org.springframework.stereotype.Component;

/** {@code Task_CloseCommission}: every file has its decision; the commission is held, its minutes can be drawn. */
@Component("commissionClosing")
public class CommissionClosingStep implements ProcessStep {

  private final CommissionRepository commissions;
  private final CommissionDocuments documents;

  public CommissionClosingStep(CommissionRepository commissions, CommissionDocuments documents) {
    this.commissions = commissions;
    this.documents = documents;
  }

  @Override
  public void execute(StepContext step) {
    long commissionId = step.get(Typed.COMMISSION_ID);
    commissions.markHeld(commissionId);
    documents.issueMinutes(commissionId);
  }
}
