package fr.logementaccompagne.access;

import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.StatementCounter;
import org.springframework.context.annotation.Import;

/** The pathway benchmark on the in-memory H2 database ({@code scripts/benchmark}). */
@H2ApplicationTest
@Import(StatementCounter.class)
class PathwayBenchmark extends PathwayBenchmarkScenarios {

  @Override
  String adminPassword() {
    return "demo";
  }

  @Override
  String database() {
    return "H2";
  }
}
