package fr.logementaccompagne.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.budget.PurchaseOrders.OrderRequest;
import fr.logementaccompagne.budget.PurchaseOrders.OrderResult;
import fr.logementaccompagne.support.PostgresApplicationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 20 orders at once against an envelope that fits 10: exactly 10 committed, never more, on PostgreSQL. */
@PostgresApplicationTest
class ConcurrentOrdersPostgresTest {

  static final int THREADS = 20;
  static final BigDecimal PRICE = new BigDecimal("900");

  @Autowired
  PurchaseOrders purchaseOrders;
  @Autowired
  BudgetEnvelopeRepository envelopes;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theEnvelopeIsNeverOverCommitted() throws Exception {
    int year = 2100 + (int) (Math.random() * 800);
    LocalDate on = LocalDate.of(year, 5, 1);
    jdbc.update("INSERT INTO provider_market (territory_code, lot_number, provider_code, valid_from, valid_to)"
        + " VALUES ('DOUAI', 1, 'AFEJI', ?, ?)", on.withDayOfYear(1), on.withDayOfYear(1).plusYears(1));
    envelopes.open(year, PRICE.multiply(BigDecimal.TEN));
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
      jdbc.update("INSERT INTO household (reference, territory_code) VALUES (?, 'DOUAI')", "CC-" + suffix);
      jdbc.update("INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code)"
          + " SELECT ?, 'MAINTIEN', id, 'DOUAI' FROM household WHERE reference = ?", "MNT-C-" + suffix, "CC-" + suffix);
      cases.add("MNT-C-" + suffix);
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<OrderResult>> results = new ArrayList<>();
    for (String caseReference : cases) {
      results.add(pool.submit(() -> {
        start.await();
        return purchaseOrders.place(new OrderRequest(caseReference, 1, PRICE, null, "DOUAI", on, false, BigDecimal.ZERO));
      }));
    }
    start.countDown();
    int committed = 0;
    for (Future<OrderResult> result : results) {
      committed += result.get(60, TimeUnit.SECONDS).committed() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(committed).isEqualTo(10);
    BigDecimal sumOfOrders = jdbc.queryForObject(
        "SELECT COALESCE(SUM(amount_eur), 0) FROM purchase_order WHERE budget_year = ?", BigDecimal.class, year);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE budget_year = ?", Integer.class, year))
        .isEqualTo(10);
    assertThat(envelopes.find(year).orElseThrow().committedEur()).isEqualByComparingTo(sumOfOrders)
        .isEqualByComparingTo(PRICE.multiply(BigDecimal.TEN));
  }
}
