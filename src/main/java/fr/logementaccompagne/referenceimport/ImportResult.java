package fr.logementaccompagne.referenceimport;

/** What an accepted import did: rows created, rows changed, rows already as in the file. */
public record ImportResult(int created, int updated, int unchanged) {
}
