package fr.logementaccompagne.eligibility;

/** One row of the resource-ceiling table: the ceiling of a household category and the amount per extra person. */
public record ResourceCeiling(long ceilingEur, long extraPersonEur) {
}
