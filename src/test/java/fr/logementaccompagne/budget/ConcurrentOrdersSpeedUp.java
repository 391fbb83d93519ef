package fr.logementaccompagne.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.budget.PurchaseOrders.OrderRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark part (issue 15): purchase orders placed by 1 thread, then by 8 at once, against one envelope. Orders
 * of one budget year take turns on the envelope row (ADR 9), so the speed-up stays near 1 by design.
 */
public final class ConcurrentOrdersSpeedUp {

  static final int ORDERS = 100;
  static final BigDecimal PRICE = new BigDecimal("900");

  private final JdbcTemplate jdbc;
  private final PurchaseOrders orders;
  private final BudgetEnvelopeRepository envelopes;

  public ConcurrentOrdersSpeedUp(JdbcTemplate jdbc, PurchaseOrders orders, BudgetEnvelopeRepository envelopes) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.envelopes = envelopes;
  }

  public String measure() throws Exception {
    int year = 2100 + (int) (System.currentTimeMillis() / 1000 % 800);
    LocalDate on = LocalDate.of(year, 5, 1);
    jdbc.update("INSERT INTO provider_market (territory_code, lot_number, provider_code, valid_from, valid_to)"
        + " VALUES ('DOUAI', 1, 'AFEJI', ?, ?)", on.withDayOfYear(1), on.withDayOfYear(1).plusYears(1));
    envelopes.open(year, PRICE.multiply(BigDecimal.valueOf(4L * ORDERS)));
    long one = placeAll(year, on, 1);
    long eight = placeAll(year, on, 8);
    return String.format("purchase orders, %d per run: %.1f orders/s on 1 thread, %.1f on 8, speed-up %.2f× — "
            + "orders of one budget year serialise on the envelope row by design (ADR 9): a landlord places"
            + " about 350 a year", ORDERS, ORDERS * 1000.0 / one, ORDERS * 1000.0 / eight, (double) one / eight);
  }

  /** Milliseconds to place ORDERS orders from this many threads. */
  private long placeAll(int year, LocalDate on, int threads) throws Exception {
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      String suffix = Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase() + threads + i;
      jdbc.update("INSERT INTO household (reference, territory_code) VALUES (?, 'DOUAI')", "BPO-" + suffix);
      jdbc.update("INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code)"
          + " SELECT ?, 'MAINTIEN', id, 'DOUAI' FROM household WHERE reference = ?", "MNT-B" + suffix, "BPO-" + suffix);
      cases.add("MNT-B" + suffix);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<PurchaseOrders.OrderResult>> results = new ArrayList<>();
    for (String caseReference : cases) {
      results.add(pool.submit(() -> orders.place(new OrderRequest(caseReference, 1, PRICE, null, "DOUAI", on, false,
          BigDecimal.ZERO))));
    }
    for (Future<PurchaseOrders.OrderResult> result : results) {
      assertThat(result.get(120, TimeUnit.SECONDS).committed()).isTrue();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    pool.shutdown();
    return Math.max(1, millis);
  }
}
