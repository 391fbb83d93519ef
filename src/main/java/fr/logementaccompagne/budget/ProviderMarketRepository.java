package fr.logementaccompagne.budget;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which provider holds a territory's market for a lot on a date (4-year markets, docs/design.md section 1). */
@Repository
public class ProviderMarketRepository {

  private final JdbcClient jdbc;

  public ProviderMarketRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String holder(String territoryCode, int lot, LocalDate on) {
    List<String> holders = jdbc.sql("""
            SELECT provider_code FROM provider_market
            WHERE territory_code = :territory AND lot_number = :lot AND valid_from <= :on AND valid_to >= :on
            ORDER BY valid_from DESC""")
        .param("territory", territoryCode).param("lot", lot).param("on", on).query(String.class).list();
    if (holders.isEmpty()) {
      throw new NoMarketHolderException(
          "Aucun prestataire ne détient le marché du lot %d sur le territoire %s au %s : commande impossible"
              .formatted(lot, territoryCode, on));
    }
    return holders.get(0);
  }
}
