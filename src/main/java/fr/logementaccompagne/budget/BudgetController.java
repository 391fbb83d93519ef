package fr.logementaccompagne.budget;

import fr.logementaccompagne.refusal.NotFoundException;
import fr.logementaccompagne.budget.BudgetEnvelopeRepository.Envelope;
import fr.logementaccompagne.budget.PurchaseOrderRepository.PurchaseOrder;
import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.security.CallerRights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Maintien budget", description = "The yearly envelope and the purchase orders committed on it")
public class BudgetController {

  private final BudgetEnvelopeRepository envelopes;
  private final PurchaseOrderRepository orders;
  private final PurchaseOrders purchaseOrders;
  private final CallerRights rights;

  public BudgetController(BudgetEnvelopeRepository envelopes, PurchaseOrderRepository orders,
                          PurchaseOrders purchaseOrders, CallerRights rights) {
    this.envelopes = envelopes;
    this.orders = orders;
    this.purchaseOrders = purchaseOrders;
    this.rights = rights;
  }

  public record EnvelopeView(int budgetYear, BigDecimal amountEur, BigDecimal committedEur, BigDecimal remainingEur) {
  }

  @GetMapping("/api/maintien/budget/{year}")
  @Operation(summary = "The year's envelope: amount, committed, remaining")
  public EnvelopeView envelope(@PathVariable int year) {
    rights.requireLandlordStaff();
    Envelope envelope = envelopes.find(year).orElseThrow(() -> new NotFoundException("Pas d'enveloppe pour " + year));
    return new EnvelopeView(envelope.budgetYear(), envelope.amountEur(), envelope.committedEur(),
        envelope.remainingEur());
  }

  @GetMapping("/api/maintien/cases/{caseReference}/orders")
  @Operation(summary = "The purchase orders of a maintien case in the caller's scope (404 otherwise); a provider"
      + " sees its own orders only")
  public List<PurchaseOrder> orders(@PathVariable String caseReference) {
    Caller caller = rights.caller();
    List<PurchaseOrder> ofCase = orders.ofCase(caseReference);
    if (!caller.seesCasesOnlyAsProvider()) {
      return ofCase;
    }
    // a lot-1 provider need not know who holds the case's lot 3 (psychiatric accompaniment)
    return ofCase.stream().filter(order -> caller.providerCodes().contains(order.providerCode())).toList();
  }

  @PostMapping("/api/maintien/orders/{orderNumber}/cancel")
  @Operation(summary = "Cancel an order: its amount goes back to the envelope (managers)")
  public ResponseEntity<PurchaseOrder> cancel(@PathVariable String orderNumber) {
    rights.requireManager();
    orders.find(orderNumber).orElseThrow(() -> new NotFoundException("Bon de commande inconnu : " + orderNumber));
    purchaseOrders.cancel(orderNumber);
    return ResponseEntity.ok(orders.find(orderNumber).orElseThrow());
  }
}
