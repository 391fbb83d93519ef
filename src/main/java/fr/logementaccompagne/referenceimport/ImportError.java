package fr.logementaccompagne.referenceimport;

/** A rule a line of an imported file breaks: line number (1 is the header), column header and the rule. */
public record ImportError(int line, String column, String rule) {
}
