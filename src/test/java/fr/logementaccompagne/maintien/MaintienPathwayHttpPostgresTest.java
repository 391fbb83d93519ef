package fr.logementaccompagne.maintien;

import fr.logementaccompagne.support.PostgresApplicationTest;

@PostgresApplicationTest
class MaintienPathwayHttpPostgresTest extends MaintienPathwayHttpScenarios {

  @Override
  String adminPassword() {
    return PostgresApplicationTest.ADMIN_PASSWORD;
  }
}
