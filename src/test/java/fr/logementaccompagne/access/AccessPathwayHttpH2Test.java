package fr.logementaccompagne.access;

import fr.logementaccompagne.support.H2ApplicationTest;

@H2ApplicationTest
class AccessPathwayHttpH2Test extends AccessPathwayHttpScenarios {

  @Override
  String adminPassword() {
    return "demo";
  }
}
