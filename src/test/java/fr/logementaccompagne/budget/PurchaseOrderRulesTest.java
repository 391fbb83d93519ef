package fr.logementaccompagne.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.logementaccompagne.budget.PurchaseOrders.OrderRequest;
import fr.logementaccompagne.budget.PurchaseOrders.OrderResult;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Budget and market rules of purchase orders, on each side of their lines. */
@H2ApplicationTest
class PurchaseOrderRulesTest {

  /** A year of its own, so that the demo envelopes are not touched. */
  static final int YEAR = 2090;
  static final LocalDate ON = LocalDate.of(YEAR, 3, 15);
  static final BigDecimal DIAGNOSTIC = new BigDecimal("900");

  @Autowired
  PurchaseOrders purchaseOrders;
  @Autowired
  BudgetEnvelopeRepository envelopes;
  @Autowired
  ProviderMarketRepository markets;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void marketsOfTheYear() {
    jdbc.update("DELETE FROM provider_market WHERE valid_from >= DATE '2089-01-01'");
    jdbc.update("INSERT INTO provider_market (territory_code, lot_number, provider_code, valid_from, valid_to)"
        + " VALUES ('DOUAI', 1, 'AFEJI', DATE '2089-01-01', DATE '2090-06-30'),"
        + " ('DOUAI', 1, 'SOLIHA', DATE '2090-07-01', DATE '2093-12-31'),"
        + " ('LILLE', 1, 'SOLIHA', DATE '2089-01-01', DATE '2093-12-31')");
  }

  private String newCase() {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    jdbc.update("INSERT INTO household (reference, territory_code) VALUES (?, 'DOUAI')", "PO-" + suffix);
    String caseReference = "MNT-T-" + suffix;
    jdbc.update("INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code)"
        + " SELECT ?, 'MAINTIEN', id, 'DOUAI' FROM household WHERE reference = ?", caseReference, "PO-" + suffix);
    return caseReference;
  }

  private void envelopeOf(String amount) {
    jdbc.update("DELETE FROM purchase_order WHERE budget_year = ?", YEAR);
    jdbc.update("DELETE FROM budget_envelope WHERE budget_year = ?", YEAR);
    envelopes.open(YEAR, new BigDecimal(amount));
  }

  private OrderResult order(String caseReference, boolean approvedOverEnvelope) {
    return purchaseOrders.place(new OrderRequest(caseReference, 1, DIAGNOSTIC, null, "DOUAI", ON, approvedOverEnvelope,
        new BigDecimal("500000")));
  }

  @Test
  void anEnvelopeOneEuroShortGoesToArbitrationAndCommitsNothing() {
    envelopeOf("899");
    String caseReference = newCase();
    OrderResult result = order(caseReference, false);
    assertThat(result.committed()).isFalse();
    assertThat(result.order()).isEmpty();
    assertThat(result.envelopeRemainingEur()).isEqualByComparingTo("899");
    assertThat(envelopes.find(YEAR).orElseThrow().committedEur()).isEqualByComparingTo("0");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE case_reference = ?", Integer.class,
        caseReference)).isZero();
  }

  @Test
  void anEnvelopeThatExactlyFitsCommitsTheOrder() {
    envelopeOf("900");
    OrderResult result = order(newCase(), false);
    assertThat(result.committed()).isTrue();
    assertThat(result.order().orElseThrow().status()).isEqualTo(PurchaseOrderRepository.COMMITTED);
    assertThat(result.envelopeRemainingEur()).isEqualByComparingTo("0");
  }

  @Test
  void aManagersApprovalGoesOverTheEnvelope() {
    envelopeOf("899");
    OrderResult result = order(newCase(), true);
    assertThat(result.order().orElseThrow().status()).isEqualTo(PurchaseOrderRepository.OVER_ENVELOPE);
    assertThat(envelopes.find(YEAR).orElseThrow().committedEur()).isEqualByComparingTo("900");
  }

  @Test
  void orderingTwiceForTheSameCaseAndLotOrdersOnce() {
    envelopeOf("10000");
    String caseReference = newCase();
    order(caseReference, false);
    order(caseReference, false);
    assertThat(envelopes.find(YEAR).orElseThrow().committedEur()).isEqualByComparingTo("900");
  }

  @Test
  void cancellingReleasesTheAmount() {
    envelopeOf("10000");
    String number = order(newCase(), false).order().orElseThrow().orderNumber();
    purchaseOrders.cancel(number);
    purchaseOrders.cancel(number);
    assertThat(envelopes.find(YEAR).orElseThrow().committedEur()).isEqualByComparingTo("0");
  }

  @Test
  void providerIsTheMarketHolderOfTerritoryLotAndDate() {
    assertThat(markets.holder("DOUAI", 1, LocalDate.of(2090, 6, 30))).isEqualTo("AFEJI");
    assertThat(markets.holder("DOUAI", 1, LocalDate.of(2090, 7, 1))).isEqualTo("SOLIHA");
    assertThat(markets.holder("LILLE", 1, LocalDate.of(2090, 6, 30))).isEqualTo("SOLIHA");
  }

  @Test
  void noMarketHolderIsAReadableErrorNotASilentPass() {
    assertThatThrownBy(() -> markets.holder("DOUAI", 2, ON))
        .isInstanceOf(NoMarketHolderException.class)
        .hasMessage("Aucun prestataire ne détient le marché du lot 2 sur le territoire DOUAI au 2090-03-15 :"
            + " commande impossible");
    assertThatThrownBy(() -> markets.holder("DOUAI", 1, LocalDate.of(2094, 1, 1)))
        .isInstanceOf(NoMarketHolderException.class);
  }
}
