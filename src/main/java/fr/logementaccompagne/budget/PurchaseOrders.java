package fr.logementaccompagne.budget;

import fr.logementaccompagne.budget.PurchaseOrderRepository.PurchaseOrder;
import fr.logementaccompagne.household.AccompanimentMeasureRepository;
import fr.logementaccompagne.household.MeasureKind;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a maintien purchase order: the provider holding the territory's market for the lot on that date, the
 * amount committed on the year's envelope. One order per case and lot, so a retried step never orders twice.
 */
@Service
public class PurchaseOrders {

  static final Map<Integer, MeasureKind> MEASURE_OF_LOT = Map.of(1, MeasureKind.MAINTIEN_DIAGNOSTIC,
      2, MeasureKind.MAINTIEN_STANDARD, 3, MeasureKind.MAINTIEN_PSYCHIATRIC);

  private final PurchaseOrderRepository orders;
  private final ProviderMarketRepository markets;
  private final BudgetEnvelopeRepository envelopes;
  private final PathwayCaseRepository cases;
  private final AccompanimentMeasureRepository measures;

  public PurchaseOrders(PurchaseOrderRepository orders, ProviderMarketRepository markets,
                        BudgetEnvelopeRepository envelopes, PathwayCaseRepository cases,
                        AccompanimentMeasureRepository measures) {
    this.orders = orders;
    this.markets = markets;
    this.envelopes = envelopes;
    this.cases = cases;
    this.measures = measures;
  }

  /** What to order; {@code priceScale} is the accompaniment scale of lots 2 and 3 (null for lot 1). */
  public record OrderRequest(String caseReference, int lot, BigDecimal amountEur, Integer priceScale,
                             String territoryCode, LocalDate on, boolean approvedOverEnvelope,
                             BigDecimal envelopeIfNew) {
  }

  /** COMMITTED with its order, or AWAITING_ARBITRATION (no order, nothing committed) with what is left. */
  public record OrderResult(boolean committed, Optional<PurchaseOrder> order, BigDecimal envelopeRemainingEur) {
  }

  @Transactional
  public OrderResult place(OrderRequest request) {
    int year = request.on().getYear();
    Optional<PurchaseOrder> existing = orders.find(request.caseReference(), request.lot());
    if (existing.isPresent()) {
      return new OrderResult(true, existing, remaining(year));
    }
    String provider = markets.holder(request.territoryCode(), request.lot(), request.on());
    envelopes.open(year, request.envelopeIfNew());
    if (request.approvedOverEnvelope()) {
      envelopes.commitOverEnvelope(year, request.amountEur());
    } else if (!envelopes.commitWithinEnvelope(year, request.amountEur())) {
      return new OrderResult(false, Optional.empty(), remaining(year));
    }
    PurchaseOrder order = new PurchaseOrder(request.caseReference() + "-L" + request.lot(), request.caseReference(),
        request.lot(), provider, request.territoryCode(), year, request.amountEur(),
        request.approvedOverEnvelope() ? PurchaseOrderRepository.OVER_ENVELOPE : PurchaseOrderRepository.COMMITTED,
        request.priceScale());
    orders.insert(order);
    long householdId = cases.find(request.caseReference()).orElseThrow().householdId();
    if (request.lot() > 1) {
      measures.closeOpenOfCase(request.caseReference(), MeasureKind.MAINTIEN_DIAGNOSTIC, request.on());
    }
    measures.open(householdId, MEASURE_OF_LOT.get(request.lot()), provider, AccompanimentMeasureRepository.INTERNAL,
        request.on(), null, request.caseReference());
    return new OrderResult(true, Optional.of(order), remaining(year));
  }

  /** A cancelled order gives its amount back to its year's envelope. */
  @Transactional
  public void cancel(String orderNumber) {
    PurchaseOrder order = orders.find(orderNumber)
        .orElseThrow(() -> new IllegalArgumentException("Bon de commande inconnu : " + orderNumber));
    if (PurchaseOrderRepository.COMMITTED.equals(order.status())
        || PurchaseOrderRepository.OVER_ENVELOPE.equals(order.status())) {
      orders.setStatus(orderNumber, PurchaseOrderRepository.CANCELLED);
      envelopes.release(order.budgetYear(), order.amountEur());
    }
  }

  private BigDecimal remaining(int year) {
    return envelopes.find(year).map(BudgetEnvelopeRepository.Envelope::remainingEur).orElse(BigDecimal.ZERO);
  }
}
