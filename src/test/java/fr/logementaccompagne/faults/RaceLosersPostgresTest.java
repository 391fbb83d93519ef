package fr.logementaccompagne.faults;

import fr.logementaccompagne.support.PostgresApplicationTest;

@PostgresApplicationTest
class RaceLosersPostgresTest extends RaceLosersScenarios {

  @Override
  String adminPassword() {
    return PostgresApplicationTest.ADMIN_PASSWORD;
  }
}
