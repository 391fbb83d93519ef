package fr.logementaccompagne.household;

/** Kinds of accompaniment measure: the programme's own (internal) and the common-law schemes (declared). */
public enum MeasureKind {
  ACCESS_PATHWAY, MAINTIEN_DIAGNOSTIC, MAINTIEN_STANDARD, MAINTIEN_PSYCHIATRIC,
  FSL_ASLL, AVDL, MASP, CHRS_OUTREACH, UTPAS_FOLLOWUP, OTHER_COMMON_LAW
}
