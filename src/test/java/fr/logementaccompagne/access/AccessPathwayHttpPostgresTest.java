package fr.logementaccompagne.access;

import fr.logementaccompagne.support.PostgresApplicationTest;

@PostgresApplicationTest
class AccessPathwayHttpPostgresTest extends AccessPathwayHttpScenarios {

  @Override
  String adminPassword() {
    return PostgresApplicationTest.ADMIN_PASSWORD;
  }
}
