package fr.logementaccompagne.budget;

import fr.logementaccompagne.jdbc.RecordRows;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Purchase orders (bons de commande) of the maintien lots. */
@Repository
public class PurchaseOrderRepository {

  public static final String COMMITTED = "COMMITTED";
  public static final String OVER_ENVELOPE = "OVER_ENVELOPE";
  public static final String CANCELLED = "CANCELLED";
  public static final String COMPLETED = "COMPLETED";

  private final JdbcClient jdbc;

  public PurchaseOrderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An order; {@code priceScale} is the accompaniment scale (1 to 3) of lots 2 and 3, null for the diagnostic. */
  public record PurchaseOrder(String orderNumber, String caseReference, int lotNumber, String providerCode,
                              String territoryCode, int budgetYear, BigDecimal amountEur, String status,
                              Integer priceScale) {
  }

  private static final String COLUMNS = "order_number, case_reference, lot_number, provider_code, territory_code,"
      + " budget_year, amount_eur, status, price_scale";

  public void insert(PurchaseOrder order) {
    jdbc.sql("INSERT INTO purchase_order (" + COLUMNS + ") VALUES (:number, :case, :lot, :provider, :territory,"
            + " :year, :amount, :status, :scale)")
        .param("number", order.orderNumber()).param("case", order.caseReference()).param("lot", order.lotNumber())
        .param("provider", order.providerCode()).param("territory", order.territoryCode())
        .param("year", order.budgetYear()).param("amount", order.amountEur()).param("status", order.status())
        .param("scale", order.priceScale()).update();
  }

  public Optional<PurchaseOrder> find(String caseReference, int lot) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM purchase_order WHERE case_reference = :case AND lot_number = :lot")
        .param("case", caseReference).param("lot", lot).query(RecordRows.of(PurchaseOrder.class)).optional();
  }

  public Optional<PurchaseOrder> find(String orderNumber) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM purchase_order WHERE order_number = :number")
        .param("number", orderNumber).query(RecordRows.of(PurchaseOrder.class)).optional();
  }

  public List<PurchaseOrder> ofCase(String caseReference) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM purchase_order WHERE case_reference = :case ORDER BY lot_number")
        .param("case", caseReference).query(RecordRows.of(PurchaseOrder.class)).list();
  }

  public void setStatus(String orderNumber, String status) {
    jdbc.sql("UPDATE purchase_order SET status = :status WHERE order_number = :number")
        .param("status", status).param("number", orderNumber).update();
  }

  public void completeOpenOrdersOf(String caseReference) {
    jdbc.sql("UPDATE purchase_order SET status = 'COMPLETED' WHERE case_reference = :case"
            + " AND status IN ('COMMITTED', 'OVER_ENVELOPE')")
        .param("case", caseReference).update();
  }

  /** What a purchase order's document names: its territory and provider in words, and when it was placed. */
  public record OrderLabels(String territoryLabel, String providerLabel, LocalDateTime orderedAt) {
  }

  public OrderLabels labelsOf(String orderNumber) {
    return jdbc.sql("""
            SELECT t.label, p.label, o.created_at FROM purchase_order o
            JOIN territory t ON t.code = o.territory_code JOIN provider p ON p.code = o.provider_code
            WHERE o.order_number = :number""")
        .param("number", orderNumber)
        .query((rs, row) -> new OrderLabels(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime()))
        .single();
  }
}
