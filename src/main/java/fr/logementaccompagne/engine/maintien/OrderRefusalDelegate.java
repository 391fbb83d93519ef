package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.OrderOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordRefusal}: the manager refused to go over the envelope; nothing was ordered or committed. */
@Component("orderRefusal")
public class OrderRefusalDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.ORDER_OUTCOME, OrderOutcome.REFUSED.name());
  }
}
