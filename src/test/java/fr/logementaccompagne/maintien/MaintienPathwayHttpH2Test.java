package fr.logementaccompagne.maintien;

import fr.logementaccompagne.support.H2ApplicationTest;

@H2ApplicationTest
class MaintienPathwayHttpH2Test extends MaintienPathwayHttpScenarios {

  @Override
  String adminPassword() {
    return "demo";
  }
}
