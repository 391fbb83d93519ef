package fr.logementaccompagne.access;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.FIND_MATCHING_DWELLINGS;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an access pathway costs, over the same REST calls a partner and the landlord's staff make (issue 15):
 * the dwelling search step at 40 and 2,000 vacant dwellings of the territory (p50/p95, decision evaluations and
 * size of the options it stores), then whole pathways (referral to direct lease: wall time, process CPU,
 * asynchronous jobs and decision evaluations per pathway), and the resident memory. Not part of the test suite:
 * {@code scripts/benchmark-pathway}. It prints figures and asserts only that the pathways ran.
 */
abstract class PathwayBenchmarkScenarios {

  static final String BENCH_DWELLING_PREFIX = "BENCH-D-";
  static final int SEARCHES = 10;
  static final int WARM_UPS = 2;
  static final int PATHWAYS = 3;

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  abstract String adminPassword();

  abstract String database();

  @Test
  void pathwayCosts() {
    EngineRestClient rest = new EngineRestClient(http, "demo", adminPassword());
    System.out.printf("%nPathway benchmark on %s (%d searches per size after %d warm-ups, %d whole pathways)%n",
        database(), SEARCHES, WARM_UPS, PATHWAYS);
    try {
      for (int vacant : new int[] {40, 2_000}) {
        vacantDwellingsInLille(vacant);
        measureDwellingSearch(rest, vacant);
      }
    } finally {
      jdbc.update("DELETE FROM dwelling WHERE reference LIKE ?", BENCH_DWELLING_PREFIX + "%");
    }
    measureWholePathways(rest);
    System.out.printf("  resident memory %s, heap used %d MB%n", residentMemory(),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
  }

  /** Tops the territory LILLE up to this many vacant dwellings, all fitting the benchmark's household. */
  private void vacantDwellingsInLille(int vacant) {
    int present = jdbc.queryForObject("SELECT COUNT(*) FROM dwelling WHERE territory_code = 'LILLE' AND vacant",
        Integer.class);
    String[] financings = {"PLAI", "PLUS", "PLS"};
    List<Object[]> rows = new ArrayList<>();
    for (int i = present; i < vacant; i++) {
      rows.add(new Object[] {BENCH_DWELLING_PREFIX + i, i % 2 == 0 ? "T2" : "T3", financings[i % 3],
          300 + i % 200});
    }
    jdbc.batchUpdate("""
        INSERT INTO dwelling (reference, territory_code, commune, district, typology, financing, motor_adapted,
                              monthly_rent_eur, service_charges_eur, surface_m2, floor, lift, vacant, active)
        VALUES (?, 'LILLE', 'Lille', 'Moulins', ?, ?, FALSE, ?, 60, 50, 2, TRUE, TRUE, TRUE)""", rows);
  }

  private void measureDwellingSearch(EngineRestClient rest, int vacant) {
    List<Long> micros = new ArrayList<>();
    long decisions = 0;
    long optionBytes = 0;
    for (int run = 0; run < WARM_UPS + SEARCHES; run++) {
      String instance = refer(rest);
      JsonNode search = runJobsUntil(rest, instance, FIND_MATCHING_DWELLINGS);
      long start = System.nanoTime();
      execute(rest, search);
      long elapsed = (System.nanoTime() - start) / 1_000;
      rest.runAsyncSteps(instance);
      assertThat(rest.activeTaskKeys(instance)).containsExactly(PROPOSE_DWELLING);
      if (run >= WARM_UPS) {
        micros.add(elapsed);
        decisions += rest.getJson("/engine-rest/history/decision-instance/count?processInstanceId=" + instance)
            .get("count").asLong();
        optionBytes += rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText().length();
      }
    }
    System.out.printf("  dwelling search, %,5d vacant: p50 %4d ms, p95 %4d ms, %4d decision instances per case"
            + " (eligibility included), options %,7d bytes%n", vacant, percentile(micros, 50) / 1000,
        percentile(micros, 95) / 1000, decisions / SEARCHES, optionBytes / SEARCHES);
  }

  private void measureWholePathways(EngineRestClient rest) {
    AccessPathwayHttpScenarios pathway = new AccessPathwayHttpScenarios() {
      @Override
      String adminPassword() {
        return PathwayBenchmarkScenarios.this.adminPassword();
      }
    };
    pathway.http = http;
    pathway.jdbc = jdbc;
    pathway.client();
    pathway.householdStaysInOneDwellingFromHostingToDirectLease();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long jobsBefore = count(rest, "/engine-rest/history/job-log/count?successLog=true");
    long decisionsBefore = count(rest, "/engine-rest/history/decision-instance/count");
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < PATHWAYS; i++) {
      pathway.householdStaysInOneDwellingFromHostingToDirectLease();
    }
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
    // each pathway also refers the household again once closed: its start is counted with the pathway
    System.out.printf("  whole pathway (referral, 12 completions, 4 timers, direct lease): %,d ms wall, %,d ms CPU"
            + " per pathway, %.1f pathways/min; %d asynchronous jobs and %d decision instances per pathway%n",
        wallMillis / PATHWAYS, cpuMillis / PATHWAYS, PATHWAYS * 60_000.0 / wallMillis,
        (count(rest, "/engine-rest/history/job-log/count?successLog=true") - jobsBefore) / PATHWAYS,
        (count(rest, "/engine-rest/history/decision-instance/count") - decisionsBefore) / PATHWAYS);
  }

  private String refer(EngineRestClient rest) {
    var response = rest.post(AccessPathwayHttpScenarios.PARTNER, AccessPathwayHttpScenarios.PARTNER_PASSWORD,
        "/api/referrals", AccessPathwayHttpScenarios.referral(AccessPathwayHttpScenarios.newHouseholdReference()));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
  }

  /** Runs the instance's asynchronous steps until the one at this activity is next; returns its job. */
  private JsonNode runJobsUntil(EngineRestClient rest, String instance, String activityId) {
    for (int round = 0; round < 10; round++) {
      JsonNode wanted = rest.getJson("/engine-rest/job?messages=true&processInstanceId=" + instance
          + "&activityId=" + activityId);
      if (!wanted.isEmpty()) {
        return wanted.get(0);
      }
      JsonNode jobs = rest.getJson("/engine-rest/job?messages=true&processInstanceId=" + instance);
      assertThat(jobs).as("asynchronous steps before %s", activityId).isNotEmpty();
      execute(rest, jobs.get(0));
    }
    throw new IllegalStateException("No job at " + activityId + " for " + instance);
  }

  private void execute(EngineRestClient rest, JsonNode job) {
    var response = rest.post("demo", adminPassword(), "/engine-rest/job/" + job.get("id").asText() + "/execute", null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
  }

  private static long count(EngineRestClient rest, String path) {
    return rest.getJson(path).get("count").asLong();
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
