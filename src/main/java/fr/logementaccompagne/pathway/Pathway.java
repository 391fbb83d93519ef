package fr.logementaccompagne.pathway;

/** The two programmes; each case belongs to one. */
public enum Pathway {
  ACCESS("ACC"),
  MAINTIEN("MNT");

  private final String referencePrefix;

  Pathway(String referencePrefix) {
    this.referencePrefix = referencePrefix;
  }

  public String referencePrefix() {
    return referencePrefix;
  }
}
