package fr.logementaccompagne.access;

import fr.logementaccompagne.support.PostgresApplicationTest;

/** The pathway benchmark on the PostgreSQL server of {@code TEST_POSTGRES_URL} ({@code scripts/benchmark-pathway}). */
@PostgresApplicationTest
class PathwayPostgresBenchmark extends PathwayBenchmarkScenarios {

  @Override
  String adminPassword() {
    return PostgresApplicationTest.ADMIN_PASSWORD;
  }

  @Override
  String database() {
    return "PostgreSQL";
  }
}
