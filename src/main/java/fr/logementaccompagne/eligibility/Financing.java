package fr.logementaccompagne.eligibility;

/** Financing of a social dwelling, which sets the resource ceiling of its tenants. */
public enum Financing {
  PLAI,
  PLUS,
  /** PLS ceilings are those of PLUS raised by 30 % (Code de la construction et de l'habitation). */
  PLS
}
