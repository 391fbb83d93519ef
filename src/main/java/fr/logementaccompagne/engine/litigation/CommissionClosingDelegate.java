package fr.logementaccompagne.engine.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.litigation.CommissionRepository;
import fr.logementaccompagne.litigation.CommissionDocuments;

import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseCommission}: every file has its decision; the commission is held, its minutes can be drawn. */
@Component("commissionClosing")
public class CommissionClosingDelegate implements JavaDelegate {

  private final CommissionRepository commissions;
  private final CommissionDocuments documents;

  public CommissionClosingDelegate(CommissionRepository commissions, CommissionDocuments documents) {
    this.commissions = commissions;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long commissionId = ((Number) execution.getVariable(Vars.COMMISSION_ID)).longValue();
    commissions.markHeld(commissionId);
    documents.issueMinutes(commissionId);
  }
}
