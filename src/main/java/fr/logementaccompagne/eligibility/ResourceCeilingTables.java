package fr.logementaccompagne.eligibility;

/** Port: the resource-ceiling schedule of a year, a decision table of the engine ({@link ResourceCeilingTable}). */
public interface ResourceCeilingTables {

  ResourceCeilingTable ofYear(int year);
}
