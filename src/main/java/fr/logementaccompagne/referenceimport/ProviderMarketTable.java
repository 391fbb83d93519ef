package fr.logementaccompagne.referenceimport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 4-year maintien markets from the yearly tender: per territory and lot, the provider holding it from a date
 * to a date. The provider is created (or renamed) from the same line, so one file brings both.
 */
@Component
public class ProviderMarketTable extends ReferenceTable {

  public ProviderMarketTable(JdbcClient jdbc) {
    super(jdbc, "provider-markets", "provider_market", "marché", List.of(
        Column.code("territoryCode", "Territoire").required().references("territory"),
        Column.integer("lot", "Lot", 1, 3).required().stored("lot_number"),
        Column.date("validFrom", "Début").required(),
        Column.date("validTo", "Fin").required(),
        Column.code("providerCode", "Prestataire").required(),
        Column.text("providerLabel", "Nom du prestataire", 200).notStored()),
        List.of("territoryCode", "lot", "validFrom"));
  }

  @Override
  protected String selectInKeyOrder() {
    return """
        SELECT m.territory_code, m.lot_number, m.valid_from, m.valid_to, m.provider_code, p.label AS provider_label
        FROM provider_market m JOIN provider p ON p.code = m.provider_code
        ORDER BY m.territory_code, m.lot_number, m.valid_from""";
  }

  @Override
  protected String resultColumn(Column column) {
    return column.isStored() ? column.dbColumn() : "provider_label";
  }

  @Override
  protected Map<String, String> lineErrors(Map<String, Object> row) {
    Map<String, String> errors = new HashMap<>();
    if (((LocalDate) row.get("validTo")).isBefore((LocalDate) row.get("validFrom"))) {
      errors.put("validTo", "postérieure ou égale au début du marché");
    }
    if (row.get("providerLabel") == null && providerLabel(row.get("providerCode")).isEmpty()) {
      errors.put("providerLabel", "obligatoire pour un prestataire nouveau (" + row.get("providerCode") + ")");
    }
    return errors;
  }

  /** Orders already placed on the market must stay with its provider and inside its period. */
  @Override
  protected Optional<String> breaksRowInUse(Map<String, Object> current, Map<String, Object> changed) {
    boolean sameProvider = Objects.equals(current.get("providerCode"), changed.get("providerCode"));
    List<LocalDate> orderDates = jdbc.sql("""
            SELECT CAST(created_at AS DATE) FROM purchase_order
            WHERE territory_code = :territory AND lot_number = :lot AND provider_code = :provider
              AND CAST(created_at AS DATE) BETWEEN :from AND :to""")
        .param("territory", current.get("territoryCode")).param("lot", current.get("lot"))
        .param("provider", current.get("providerCode")).param("from", current.get("validFrom"))
        .param("to", current.get("validTo")).query(LocalDate.class).list();
    boolean outsideNewPeriod = orderDates.stream().anyMatch(day -> day.isAfter((LocalDate) changed.get("validTo")));
    if (orderDates.isEmpty() || sameProvider && !outsideNewPeriod) {
      return Optional.empty();
    }
    return Optional.of("%d bon(s) de commande passé(s) sur ce marché : %s".formatted(orderDates.size(),
        sameProvider ? "sa fin ne peut pas précéder une commande" : "son prestataire ne peut pas changer"));
  }

  @Override
  protected void beforeWrite(Map<String, Object> row) {
    Object label = row.get("providerLabel");
    if (label == null) {
      return;
    }
    if (providerLabel(row.get("providerCode")).isEmpty()) {
      jdbc.sql("INSERT INTO provider (code, label) VALUES (:code, :label)")
          .param("code", row.get("providerCode")).param("label", label).update();
    } else {
      jdbc.sql("UPDATE provider SET label = :label WHERE code = :code")
          .param("code", row.get("providerCode")).param("label", label).update();
    }
  }

  private Optional<String> providerLabel(Object code) {
    return jdbc.sql("SELECT label FROM provider WHERE code = :code").param("code", code).query(String.class)
        .optional();
  }
}
