package fr.logementaccompagne.engine.boundary;

import static fr.logementaccompagne.process.CaseVariables.ACCOMPANIMENT_PROVIDER_CODE;
import static fr.logementaccompagne.process.CaseVariables.BASIN_CODE;
import static fr.logementaccompagne.process.CaseVariables.CASE_REFERENCE;
import static fr.logementaccompagne.process.CaseVariables.DIAGNOSTIC_PROVIDER_CODE;
import static fr.logementaccompagne.process.CaseVariables.HOUSEHOLD_ID;
import static fr.logementaccompagne.process.CaseVariables.HOUSEHOLD_REFERENCE;
import static fr.logementaccompagne.process.CaseVariables.PARTNER_CODE;
import static fr.logementaccompagne.process.CaseVariables.TERRITORY_CODE;

import java.util.Set;

/**
 * The variables that say whose case an instance is. They are set when the case opens and never change afterwards,
 * whoever asks and whatever the route: changing one would hand the case, its household and its history to
 * another partner, agency or basin.
 */
public final class CaseIdentity {

  public static final Set<String> VARIABLES = Set.of(CASE_REFERENCE, HOUSEHOLD_REFERENCE, HOUSEHOLD_ID,
      PARTNER_CODE, TERRITORY_CODE, BASIN_CODE, DIAGNOSTIC_PROVIDER_CODE, ACCOMPANIMENT_PROVIDER_CODE);

  private CaseIdentity() {
  }
}
