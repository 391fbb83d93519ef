package fr.logementaccompagne.eligibility;

/**
 * One year's resource ceilings, read from the DMN table {@code resource-ceiling} that analysts update each January
 * ({@link ResourceCeilingTables}, the engine adapter {@code engine.access.DmnResourceCeilingTable}). Throws
 * {@link NoCeilingScheduleException} for a year without one.
 */
public interface ResourceCeilingTable {

  String DECISION_KEY = "resource-ceiling";

  ResourceCeiling ceiling(Financing financing, int compositionCategory);
}
