package fr.logementaccompagne.access;

import fr.logementaccompagne.support.PostgresApplicationTest;
import fr.logementaccompagne.support.StatementCounter;
import org.springframework.context.annotation.Import;

/** The pathway benchmark on the PostgreSQL server of {@code TEST_POSTGRES_URL} ({@code scripts/benchmark}). */
@PostgresApplicationTest
@Import(StatementCounter.class)
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
