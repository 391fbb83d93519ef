package fr.logementaccompagne.contract;

import fr.logementaccompagne.support.PostgresApplicationTest;

@PostgresApplicationTest
class OccupancyInvariantsPostgresTest extends OccupancyInvariantsContract {
}
