package fr.logementaccompagne.faults;

/**
 * The PostgreSQL restart of {@link DatabaseRestartUnderLoadPostgresTest} with a few hundred pathways in flight
 * (issue 13's trial had 250): {@code mvn -Pbenchmark test -Dtest=DatabaseRestartUnderLoadBenchmark} with
 * {@code TEST_POSTGRES_URL} and {@code TEST_POSTGRES_RESTART} set; prints its figures.
 */
class DatabaseRestartUnderLoadBenchmark extends DatabaseRestartUnderLoadPostgresTest {

  @Override
  protected int pathways() {
    return 300;
  }
}
