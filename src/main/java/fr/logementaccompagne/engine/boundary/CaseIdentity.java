package fr.logementaccompagne.engine.boundary;

import java.util.Set;

/**
 * The variables that say whose case an instance is. They are set when the case opens and never change afterwards,
 * whoever asks and whatever the route: changing one would hand the case, its household and its history to
 * another partner, agency or basin.
 */
public final class CaseIdentity {

  public static final Set<String> VARIABLES = Set.of("caseReference", "householdReference", "householdId",
      "partnerCode", "territoryCode", "basinCode", "diagnosticProviderCode", "accompanimentProviderCode");

  private CaseIdentity() {
  }
}
