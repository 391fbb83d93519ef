package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.budget.PurchaseOrderRepository;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.engine.workflow.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code Task_RecordOutcome}: the final report's outcome is kept for the reports; the case's orders are done. */
@Component("maintienOutcome")
public class MaintienOutcomeDelegate implements JavaDelegate {

  private final JdbcClient jdbc;
  private final PurchaseOrderRepository orders;

  public MaintienOutcomeDelegate(JdbcClient jdbc, PurchaseOrderRepository orders) {
    this.jdbc = jdbc;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseReference = execution.getProcessBusinessKey();
    jdbc.sql("UPDATE pathway_case SET final_outcome = :outcome WHERE case_reference = :case")
        .param("outcome", VariableValues.string(execution.getVariable(Vars.FINAL_OUTCOME)))
        .param("case", caseReference).update();
    orders.completeOpenOrdersOf(caseReference);
  }
}
