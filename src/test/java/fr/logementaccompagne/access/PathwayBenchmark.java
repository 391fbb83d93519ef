package fr.logementaccompagne.access;

import fr.logementaccompagne.support.H2ApplicationTest;

/** The pathway benchmark on the in-memory H2 database ({@code scripts/benchmark-pathway}). */
@H2ApplicationTest
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
