package fr.logementaccompagne.maintien;

import fr.logementaccompagne.budget.PurchaseOrders;
import fr.logementaccompagne.budget.PurchaseOrders.OrderRequest;
import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.process.maintien.MaintienPathway.BudgetDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.OrderOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.security.CaseReaders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlaceOrder} of {@code maintien-purchase-order}: orders the lot from the provider holding the
 * market; lot 1 at the diagnostic price, lots 2 and 3 at the amount of the accompaniment scale. When the
 * envelope is short, nothing is ordered and a manager arbitrates.
 */
@Component("purchaseOrder")
public class PurchaseOrderStep implements ProcessStep {

  private final PurchaseOrders purchaseOrders;
  private final MaintienSettings settings;
  private final Clock clock;
  private final CaseReaders caseReaders;

  public PurchaseOrderStep(PurchaseOrders purchaseOrders, MaintienSettings settings, Clock clock,
                           CaseReaders caseReaders) {
    this.purchaseOrders = purchaseOrders;
    this.settings = settings;
    this.clock = clock;
    this.caseReaders = caseReaders;
  }

  @Override
  public void execute(StepContext step) {
    int lot = step.get(Typed.LOT_NUMBER);
    BigDecimal amount = lot == 1 ? settings.getDiagnosticPriceEur()
        : step.get(Typed.ORDER_AMOUNT_EUR);
    if (amount == null) {
      throw new IllegalStateException("Commande du lot " + lot + " sans montant (barème d'accompagnement manquant)");
    }
    boolean approved = step.get(Typed.BUDGET_DECISION) == BudgetDecision.APPROVE_OVER_ENVELOPE;
    Integer scale = lot == 1 ? null : step.get(Typed.PRICE_SCALE);
    var result = purchaseOrders.place(new OrderRequest(
        step.get(Typed.CASE_REFERENCE), lot, amount, scale,
        step.get(Typed.TERRITORY_CODE), LocalDate.now(clock), approved,
        settings.getDefaultEnvelopeEur()));

    step.set(Typed.ORDER_AMOUNT_EUR, amount);
    step.set(Typed.ENVELOPE_REMAINING_EUR, result.envelopeRemainingEur());
    step.set(Typed.ORDER_OUTCOME,
        result.committed() ? OrderOutcome.COMMITTED : OrderOutcome.AWAITING_ARBITRATION);
    result.order().ifPresent(order -> {
      step.set(Typed.PROVIDER_CODE, order.providerCode());
      step.set(Typed.PURCHASE_ORDER_NUMBER, order.orderNumber());
      // the provider holding an order of the case may read the case
      var provider = List.of(Groups.provider(order.providerCode()));
      caseReaders.grantRead(step.processInstanceId(), provider);
      step.callingProcessInstanceId().ifPresent(maintienCase -> caseReaders.grantRead(maintienCase, provider));
    });
  }
}
