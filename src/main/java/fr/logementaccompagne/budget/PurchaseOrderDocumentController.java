package fr.logementaccompagne.budget;

import fr.logementaccompagne.refusal.NotFoundException;
import fr.logementaccompagne.budget.PurchaseOrderRepository.PurchaseOrder;
import fr.logementaccompagne.document.DocumentSettings;
import fr.logementaccompagne.document.FrenchPdf;
import fr.logementaccompagne.document.IssuedDocumentRepository;
import fr.logementaccompagne.document.IssuedDocumentRepository.Kind;
import fr.logementaccompagne.document.PdfResponses;
import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.security.ScopeInterceptor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import fr.logementaccompagne.budget.PurchaseOrderRepository.OrderLabels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The purchase order the provider needs to start work, as PDF in French: issued at its first download and kept as
 * issued. It names the case by reference, never the tenant, and no diagnosis. For managers, the agency of the
 * order's territory and the provider holding it; anyone else gets the 404 of an unknown order.
 */
@RestController
@Tag(name = "Maintien budget", description = "The yearly envelope and the purchase orders committed on it")
public class PurchaseOrderDocumentController {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Map<Integer, String> LOTS = Map.of(1, "lot 1 : diagnostic social", 2,
      "lot 2 : accompagnement", 3, "lot 3 : accompagnement spécifique");
  /** The difficulty each scale of the accompaniment-scale decision stands for (total of five areas, 0 to 15). */
  private static final Map<Integer, String> SCALES = Map.of(1, "difficulté totale de 0 à 5", 2,
      "difficulté totale de 6 à 10", 3, "difficulté totale de 11 à 15");

  private final PurchaseOrderRepository orders;
  private final IssuedDocumentRepository documents;
  private final DocumentSettings settings;
  private final CallerRights rights;

  public PurchaseOrderDocumentController(PurchaseOrderRepository orders, IssuedDocumentRepository documents,
                                         DocumentSettings settings, CallerRights rights) {
    this.orders = orders;
    this.documents = documents;
    this.settings = settings;
    this.rights = rights;
  }

  @GetMapping("/api/maintien/orders/{orderNumber}/document")
  @Operation(summary = "The purchase order as PDF (managers, the case's agency, the provider holding it)")
  public ResponseEntity<byte[]> document(@PathVariable String orderNumber) {
    PurchaseOrder order = orders.find(orderNumber).orElseThrow(() -> new NotFoundException(ScopeInterceptor.NOT_FOUND));
    Caller caller = rights.caller();
    if (!(caller.isAdministrator() || caller.isManager()
        || caller.groupIds().contains(Groups.agency(order.territoryCode()))
        || caller.groupIds().contains(Groups.provider(order.providerCode())))) {
      throw new NotFoundException(ScopeInterceptor.NOT_FOUND);
    }
    return PdfResponses.of(documents.issueOnce("BC-" + orderNumber, Kind.PURCHASE_ORDER, order.caseReference(),
        null, () -> pdf(order)));
  }

  /** The line of the market's price schedule the amount comes from. */
  static String priceScale(PurchaseOrder order) {
    if (order.priceScale() == null) {
      return order.lotNumber() == 1 ? "prix forfaitaire du diagnostic social" : "non précisée";
    }
    return "échelle " + order.priceScale() + " sur 3 (" + SCALES.get(order.priceScale()) + ")";
  }

  private byte[] pdf(PurchaseOrder order) {
    OrderLabels labels = orders.labelsOf(order.orderNumber());
    String amount = NumberFormat.getCurrencyInstance(Locale.FRANCE).format(order.amountEur());
    return new FrenchPdf(settings.getLandlordName(), "BC-" + order.orderNumber(), "Bon de commande")
        .field("Numéro de commande", order.orderNumber())
        .field("Date", FRENCH_DATE.format(labels.orderedAt()))
        .heading("Marché de prévention des expulsions (maintien dans le logement)")
        .field("Territoire", labels.territoryLabel())
        .field("Lot", LOTS.get(order.lotNumber()))
        .field("Prestataire titulaire", labels.providerLabel())
        .heading("Prestation commandée")
        .field("Dossier", order.caseReference())
        .field("Exercice budgétaire", String.valueOf(order.budgetYear()))
        .field("Échelle de prix", priceScale(order))
        .field("Montant", amount)
        .paragraph("Le prix est celui du bordereau de prix du marché pour le lot et l'échelle indiqués ; "
            + "le détail de la situation du ménage n'est pas communiqué par ce document.")
        .heading("Signature")
        .paragraph("Pour le bailleur, le responsable du programme de logement accompagné,")
        .paragraph("Nom, date et signature :")
        .toBytes();
  }
}
