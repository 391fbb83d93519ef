package fr.logementaccompagne.eligibility;

/** Where the yearly resource ceilings come from: the DMN table {@code resource-ceiling} that analysts update. */
public interface ResourceCeilingTable {

  String DECISION_KEY = "resource-ceiling";

  ResourceCeiling ceiling(Financing financing, int compositionCategory);
}
