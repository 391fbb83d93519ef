package fr.logementaccompagne.refusal;

/**
 * Marks an exception that refuses what a caller asked (bad fields, unknown reference, duplicate case, no right):
 * the caller's error, not the system's. It is answered with a 4xx and logged once, without a stack trace
 * ({@code engine.workflow.RefusalLogging}), so that a hostile client cannot fill the logs.
 */
public interface Refusal {
}
