package fr.logementaccompagne.faults;

import fr.logementaccompagne.support.H2ApplicationTest;

@H2ApplicationTest
class RaceLosersH2Test extends RaceLosersScenarios {

  @Override
  String adminPassword() {
    return "demo";
  }
}
