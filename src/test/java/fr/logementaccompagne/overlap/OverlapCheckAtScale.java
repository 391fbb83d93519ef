package fr.logementaccompagne.overlap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark part (issue 15): p50/p95 of the overlap check's query as the measures table grows to 1,000, 10,000
 * and 100,000 rows (ten measures per household, one in two still running). Starts from the table without the
 * measures of its earlier runs, then tops it up.
 */
public final class OverlapCheckAtScale {

  static final int MEASURES_PER_HOUSEHOLD = 10;
  static final int CALLS = 50;
  static final int WARM_UPS = 5;

  private final JdbcTemplate jdbc;
  private final OverlapRepository query;
  private final Random random = new Random(15);

  public OverlapCheckAtScale(JdbcTemplate jdbc, OverlapRepository query) {
    this.jdbc = jdbc;
    this.query = query;
  }

  /** One printed line per size. */
  public List<String> measure(int... sizes) {
    List<String> lines = new ArrayList<>();
    // an earlier run's measures (a PostgreSQL database keeps them) would start the table above the first size
    jdbc.update("DELETE FROM accompaniment_measure WHERE household_id IN (SELECT id FROM household"
        + " WHERE reference LIKE 'BOV%')");
    jdbc.update("DELETE FROM household WHERE reference LIKE 'BOV%'");
    String run = "BOV" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase() + "-";
    List<String> households = new ArrayList<>();
    for (int size : sizes) {
      int present = jdbc.queryForObject("SELECT COUNT(*) FROM accompaniment_measure", Integer.class);
      List<Object[]> added = new ArrayList<>();
      for (int i = present; i < size; i += MEASURES_PER_HOUSEHOLD) {
        String reference = run + households.size();
        households.add(reference);
        added.add(new Object[] {reference});
      }
      jdbc.batchUpdate("INSERT INTO household (reference, territory_code) VALUES (?, 'LILLE')", added);
      jdbc.update("""
          INSERT INTO accompaniment_measure (household_id, kind, provider, source, start_date, end_date)
          SELECT h.id, 'FSL_ASLL', 'CCAS de Lille', 'DECLARED', DATE '2025-01-01',
                 CASE WHEN MOD(n.k, 2) = 0 THEN DATE '2025-06-30' END
          FROM household h CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)) AS n(k)
          WHERE h.reference LIKE ? AND NOT EXISTS (SELECT 1 FROM accompaniment_measure m WHERE m.household_id = h.id)
          """, run + "%");
      int total = jdbc.queryForObject("SELECT COUNT(*) FROM accompaniment_measure", Integer.class);
      List<Long> micros = new ArrayList<>();
      LocalDate today = LocalDate.of(2026, 12, 1);
      for (int call = 0; call < WARM_UPS + CALLS; call++) {
        String household = households.isEmpty() ? "NOBODY" : households.get(random.nextInt(households.size()));
        long start = System.nanoTime();
        query.activeFor(household, "ACC-0000-000000", today);
        if (call >= WARM_UPS) {
          micros.add((System.nanoTime() - start) / 1_000);
        }
      }
      micros.sort(Long::compare);
      lines.add(String.format("overlap check at %,7d measures: p50 %.1f ms, p95 %.1f ms", total,
          micros.get(CALLS / 2) / 1000.0, micros.get((int) Math.ceil(CALLS * 0.95) - 1) / 1000.0));
    }
    return lines;
  }
}
