package fr.logementaccompagne.access;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.FIND_MATCHING_DWELLINGS;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.budget.BudgetEnvelopeRepository;
import fr.logementaccompagne.budget.ConcurrentOrdersSpeedUp;
import fr.logementaccompagne.budget.PurchaseOrders;
import fr.logementaccompagne.overlap.OverlapCheckAtScale;
import fr.logementaccompagne.overlap.OverlapRepository;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an access pathway costs, over the same REST calls a partner and the landlord's staff make (issue 15): the
 * dwelling search step at 40 and 2,000 vacant dwellings of the territory (p50/p95, decision evaluations and size
 * of the options it stores); whole pathways against the bare model of the same shape, interleaved
 * ({@link InterleavedPathways}); the overlap check at 1k/10k/100k measures; purchase orders on 1 and 8 threads;
 * the resident memory. Not part of the test suite: {@code scripts/benchmark}. It prints figures and asserts only
 * that the pathways ran.
 */
abstract class PathwayBenchmarkScenarios {

  static final String BENCH_DWELLING_PREFIX = "BENCH-D-";
  static final int SEARCHES = 10;
  static final int WARM_UPS = 2;
  /**
   * Pairs measured, after pairs run for the JIT: the real model runs much more of the project's code than the bare
   * one, and with a single warm-up pair its first measured pair was still an outlier (0.61 against 0.83–0.90). One
   * pair's ratio moves by ±0.1 with the machine (a pathway lasts about a second): the median of 10 moved between
   * 0.81 and 0.90 from run to run, 20 pairs halve the run-to-run spread a single figure is read with.
   */
  static final int PAIRS = 20;
  static final int WARM_UP_PAIRS = 2;

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  OverlapRepository overlaps;
  @Autowired
  PurchaseOrders purchaseOrders;
  @Autowired
  BudgetEnvelopeRepository envelopes;

  abstract String adminPassword();

  abstract String database();

  @Test
  void pathwayCosts() throws Exception {
    EngineRestClient rest = new EngineRestClient(http, "demo", adminPassword());
    System.out.printf("%nPathway benchmark on %s (%d searches per size after %d warm-ups; %d interleaved pairs of"
        + " whole pathways after %d warm-up pairs; load average %.2f)%n", database(), SEARCHES, WARM_UPS, PAIRS,
        WARM_UP_PAIRS,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    try {
      for (int vacant : new int[] {40, 2_000}) {
        vacantDwellingsInLille(vacant);
        measureDwellingSearch(rest, vacant);
      }
    } finally {
      // those an earlier run's pathways attributed stay (a PostgreSQL database keeps them from run to run)
      jdbc.update("DELETE FROM dwelling WHERE reference LIKE ? AND id NOT IN (SELECT dwelling_id FROM"
          + " occupancy_contract) AND id NOT IN (SELECT dwelling_id FROM pathway_case WHERE dwelling_id IS NOT NULL)",
          BENCH_DWELLING_PREFIX + "%");
    }
    // the pathways attribute dwellings: enough vacant ones that none waits for a vacancy
    vacantDwellingsInLille(40);
    new InterleavedPathways(rest, repositoryService, adminPassword()).measure(WARM_UP_PAIRS, PAIRS)
        .forEach(this::print);
    new OverlapCheckAtScale(jdbc, overlaps).measure(1_000, 10_000, 100_000).forEach(this::print);
    print(new ConcurrentOrdersSpeedUp(jdbc, purchaseOrders, envelopes).measure());
    System.out.printf("  resident memory %s, heap used %d MB (load average %.2f)%n", residentMemory(),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private void print(String line) {
    System.out.println("  " + line);
  }

  /** Tops the territory LILLE up to this many vacant dwellings, all fitting the benchmark's household. */
  private void vacantDwellingsInLille(int vacant) {
    int present = jdbc.queryForObject("SELECT COUNT(*) FROM dwelling WHERE territory_code = 'LILLE' AND vacant",
        Integer.class);
    String[] financings = {"PLAI", "PLUS", "PLS"};
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-";
    List<Object[]> rows = new ArrayList<>();
    for (int i = present; i < vacant; i++) {
      rows.add(new Object[] {BENCH_DWELLING_PREFIX + run + i, i % 2 == 0 ? "T2" : "T3", financings[i % 3],
          300 + i % 200});
    }
    jdbc.batchUpdate("""
        INSERT INTO dwelling (reference, territory_code, commune, district, typology, financing, motor_adapted,
                              monthly_rent_eur, service_charges_eur, surface_m2, floor, lift, vacant, active)
        VALUES (?, 'LILLE', 'Lille', 'Moulins', ?, ?, FALSE, ?, 60, 50, 2, TRUE, TRUE, TRUE)""", rows);
  }

  /** The search step's time as the engine's history records it, whether or not it runs as a job of its own. */
  private void measureDwellingSearch(EngineRestClient rest, int vacant) {
    List<Long> millis = new ArrayList<>();
    long decisions = 0;
    long optionBytes = 0;
    for (int run = 0; run < WARM_UPS + SEARCHES; run++) {
      String instance = refer(rest);
      rest.runAsyncSteps(instance);
      assertThat(rest.activeTaskKeys(instance)).containsExactly(PROPOSE_DWELLING);
      if (run >= WARM_UPS) {
        millis.add(rest.getJson("/engine-rest/history/activity-instance?processInstanceId=" + instance
            + "&activityId=" + FIND_MATCHING_DWELLINGS).get(0).get("durationInMillis").asLong());
        decisions += rest.getJson("/engine-rest/history/decision-instance/count?processInstanceId=" + instance)
            .get("count").asLong();
        optionBytes += rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText().length();
      }
    }
    System.out.printf("  dwelling search, %,5d vacant: p50 %4d ms, p95 %4d ms, %4d decision instances per case"
            + " (eligibility included), options %,7d bytes%n", vacant, percentile(millis, 50),
        percentile(millis, 95), decisions / SEARCHES, optionBytes / SEARCHES);
  }

  private String refer(EngineRestClient rest) {
    var response = rest.post(AccessPathwayHttpScenarios.PARTNER, AccessPathwayHttpScenarios.PARTNER_PASSWORD,
        "/api/referrals", AccessPathwayHttpScenarios.referral(AccessPathwayHttpScenarios.newHouseholdReference()));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
  }

  static long percentile(List<Long> values, int percent) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
  }

  private static String residentMemory() {
    try (Stream<String> status = Files.lines(Path.of("/proc/self/status"))) {
      return status.filter(line -> line.startsWith("VmRSS:")).map(line -> line.substring(6).trim()).findFirst()
          .orElse("unknown");
    } catch (java.io.IOException unreadable) {
      return "unknown";
    }
  }
}
