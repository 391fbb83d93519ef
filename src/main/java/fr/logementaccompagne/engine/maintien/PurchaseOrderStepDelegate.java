package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.maintien.MaintienSettings;

import fr.logementaccompagne.budget.PurchaseOrders;
import fr.logementaccompagne.budget.PurchaseOrders.OrderRequest;
import fr.logementaccompagne.process.maintien.MaintienPathway.BudgetDecision;
import fr.logementaccompagne.process.maintien.MaintienPathway.OrderOutcome;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.engine.security.CaseAuthorizations;
import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.engine.workflow.VariableValues;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlaceOrder} of {@code maintien-purchase-order}: orders the lot from the provider holding the
 * market; lot 1 at the diagnostic price, lots 2 and 3 at the amount of the accompaniment scale. When the
 * envelope is short, nothing is ordered and a manager arbitrates.
 */
@Component("purchaseOrder")
public class PurchaseOrderStepDelegate implements JavaDelegate {

  private final PurchaseOrders purchaseOrders;
  private final MaintienSettings settings;
  private final Clock clock;
  private final CaseAuthorizations caseAuthorizations;

  public PurchaseOrderStepDelegate(PurchaseOrders purchaseOrders, MaintienSettings settings, Clock clock,
                           CaseAuthorizations caseAuthorizations) {
    this.purchaseOrders = purchaseOrders;
    this.settings = settings;
    this.clock = clock;
    this.caseAuthorizations = caseAuthorizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int lot = VariableValues.integer(execution.getVariable(Vars.LOT_NUMBER));
    BigDecimal amount = lot == 1 ? settings.getDiagnosticPriceEur()
        : VariableValues.decimal(execution.getVariable(Vars.ORDER_AMOUNT_EUR));
    if (amount == null) {
      throw new IllegalStateException("Commande du lot " + lot + " sans montant (barème d'accompagnement manquant)");
    }
    boolean approved = BudgetDecision.APPROVE_OVER_ENVELOPE.name()
        .equals(VariableValues.string(execution.getVariable(Vars.BUDGET_DECISION)));
    Integer scale = lot == 1 ? null : VariableValues.integer(execution.getVariable(Vars.PRICE_SCALE));
    var result = purchaseOrders.place(new OrderRequest(
        VariableValues.string(execution.getVariable(Vars.CASE_REFERENCE)), lot, amount, scale,
        VariableValues.string(execution.getVariable(Vars.TERRITORY_CODE)), LocalDate.now(clock), approved,
        settings.getDefaultEnvelopeEur()));

    execution.setVariable(Vars.ORDER_AMOUNT_EUR, VariableValues.amount(amount));
    execution.setVariable(Vars.ENVELOPE_REMAINING_EUR, VariableValues.amount(result.envelopeRemainingEur()));
    execution.setVariable(Vars.ORDER_OUTCOME,
        (result.committed() ? OrderOutcome.COMMITTED : OrderOutcome.AWAITING_ARBITRATION).name());
    result.order().ifPresent(order -> {
      execution.setVariable(Vars.PROVIDER_CODE, order.providerCode());
      execution.setVariable(Vars.PURCHASE_ORDER_NUMBER, order.orderNumber());
      // the provider holding an order of the case may read the case
      var provider = List.of(Groups.provider(order.providerCode()));
      caseAuthorizations.grantRead(execution.getProcessInstanceId(), provider);
      caseAuthorizations.grantRead(execution.getSuperExecution().getProcessInstanceId(), provider);
    });
  }
}
