package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.OrderOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import org.springframework.stereotype.Component;

/** {@code Task_RecordRefusal}: the manager refused to go over the envelope; nothing was ordered or committed. */
@Component("orderRefusal")
public class OrderRefusalStep implements ProcessStep {

  @Override
  public void execute(StepContext step) {
    step.set(Typed.ORDER_OUTCOME, OrderOutcome.REFUSED);
  }
}
