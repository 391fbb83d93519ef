package fr.logementaccompagne.maintien;

import fr.logementaccompagne.budget.PurchaseOrderRepository;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import org.springframework.stereotype.Service;

/** Use case "record a maintien outcome": kept for the reports; the case's orders are done. */
@Service
public class MaintienOutcomeService {

  private final PathwayCaseRepository cases;
  private final PurchaseOrderRepository orders;

  public MaintienOutcomeService(PathwayCaseRepository cases, PurchaseOrderRepository orders) {
    this.cases = cases;
    this.orders = orders;
  }

  public void record(String caseReference, String finalOutcome) {
    cases.recordFinalOutcome(caseReference, finalOutcome);
    orders.completeOpenOrdersOf(caseReference);
  }
}
