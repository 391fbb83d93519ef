package fr.logementaccompagne.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.StatementCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Benchmark part (issue 15): the real access pathway against its bare model ({@link BareAccessModel}) on the same
 * engine, interleaved A B A B so that the shared machine's load falls on both alike. Both are driven by the same
 * REST calls (12 completions, 4 timers fired, the client polling for asynchronous steps after each); the real one
 * starts with the partner's referral ({@code POST /api/referrals}), the bare one with the engine's start and the
 * variables its candidate groups and conditions read. Prints medians per pathway and the medians of the ratios of
 * each pair.
 */
final class InterleavedPathways {

  /** What one pathway cost. */
  record Cost(double wallMillis, double cpuMillis, double statements, double polls, double jobs) {
  }

  private final EngineRestClient rest;
  private final RepositoryService repositoryService;
  private final String adminPassword;
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private Map<String, Object> routingVariables;

  InterleavedPathways(EngineRestClient rest, RepositoryService repositoryService, String adminPassword) {
    this.rest = rest;
    this.repositoryService = repositoryService;
    this.adminPassword = adminPassword;
  }

  List<String> measure(int warmUpPairs, int pairs) throws IOException {
    var deployment = repositoryService.createDeployment().name("benchmark: bare access pathway")
        .addInputStream(BareAccessModel.KEY + ".bpmn", new ByteArrayInputStream(BareAccessModel.build()));
    for (Resource form : new PathMatchingResourcePatternResolver().getResources(BareAccessModel.FORMS)) {
      deployment.addInputStream(form.getFilename(), form.getInputStream());
    }
    deployment.deploy();
    for (int pair = 0; pair < warmUpPairs; pair++) {
      real();
      bare();
    }
    List<Cost> real = new ArrayList<>();
    List<Cost> bare = new ArrayList<>();
    for (int pair = 0; pair < pairs; pair++) {
      real.add(real());
      bare.add(bare());
    }
    List<Double> throughputRatios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    for (int pair = 0; pair < pairs; pair++) {
      throughputRatios.add(bare.get(pair).wallMillis() / real.get(pair).wallMillis());
      cpuRatios.add(real.get(pair).cpuMillis() / bare.get(pair).cpuMillis());
    }
    return List.of(
        "whole pathways (referral to direct lease: 12 completions, 4 timers), medians per pathway:",
        "  real model: " + describe(real),
        "  bare model: " + describe(bare),
        String.format("  throughput ratio real/bare %.2f (target >= 0.85), CPU per pathway ratio real/bare %.2f"
                + " (target <= 1.30); medians of %d interleaved pairs, each pair's ratios %s / %s",
            median(throughputRatios), median(cpuRatios), pairs, rounded(throughputRatios), rounded(cpuRatios)));
  }

  private static String describe(List<Cost> costs) {
    return String.format("%,.0f ms wall, %,.0f ms process CPU, %,.0f SQL statements, %.0f client polls for"
            + " asynchronous steps, %.0f jobs run (4 of them timers)", median(costs, Cost::wallMillis),
        median(costs, Cost::cpuMillis), median(costs, Cost::statements), median(costs, Cost::polls),
        median(costs, Cost::jobs));
  }

  private Cost real() {
    return timed(() -> {
      var response = rest.post(AccessPathwayHttpScenarios.PARTNER, AccessPathwayHttpScenarios.PARTNER_PASSWORD,
          "/api/referrals", AccessPathwayHttpScenarios.referral(AccessPathwayHttpScenarios.newHouseholdReference()));
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
      String instance = EngineRestClient.json(response.getBody()).get("processInstanceId").asText();
      rest.runAsyncSteps(instance);
      if (routingVariables == null) {
        routingVariables = new LinkedHashMap<>();
        for (String name : List.of("partnerCode", "territoryCode", "basinCode", Vars.HOUSEHOLD_ID)) {
          routingVariables.put(name, Map.of("value", rest.variable(instance, name).get("value").asText()));
        }
        routingVariables.put(Vars.PROPOSAL_COUNT, Map.of("value", 0));
      }
      String dwelling = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText())
          .get(0).get("value").asText();
      walk(instance, dwelling);
    });
  }

  private Cost bare() {
    return timed(() -> {
      var response = rest.post("demo", adminPassword,
          "/engine-rest/process-definition/key/" + BareAccessModel.KEY + "/start",
          Map.of("variables", routingVariables));
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
      String instance = EngineRestClient.json(response.getBody()).get("id").asText();
      rest.runAsyncSteps(instance);
      walk(instance, "BARE-DWELLING");
    });
  }

  /** The same completions and timers as {@code AccessPathwayHttpScenarios}' pathway, without its checks. */
  private void walk(String instance, String dwelling) {
    AccessPathwayHttpScenarios.walkToDirectLease(rest, instance, dwelling,
        new AccessPathwayHttpScenarios.Checkpoints() {
        });
    assertThat(rest.getJson("/engine-rest/history/process-instance/" + instance).get("state").asText())
        .isEqualTo("COMPLETED");
  }

  private Cost timed(Runnable pathway) {
    long statements = StatementCounter.statements();
    long polls = rest.jobQueries();
    long jobs = rest.jobsRun();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    pathway.run();
    return new Cost((System.nanoTime() - start) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6,
        StatementCounter.statements() - statements, rest.jobQueries() - polls, rest.jobsRun() - jobs);
  }

  private static double median(List<Cost> costs, ToDoubleFunction<Cost> figure) {
    return median(costs.stream().map(figure::applyAsDouble).toList());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String rounded(List<Double> values) {
    return values.stream().map(v -> String.format("%.2f", v)).toList().toString();
  }
}
