package fr.logementaccompagne.contract;

import fr.logementaccompagne.support.H2ApplicationTest;

@H2ApplicationTest
class OccupancyInvariantsH2Test extends OccupancyInvariantsContract {
}
