/**
 * Refusals of what a caller asked, thrown by use cases and engine adapters alike and depending on nothing: the
 * API turns them into HTTP statuses ({@code api.ApiExceptionHandler}), the engine REST API and Tasklist into
 * their own answers ({@code engine.rest.EngineRestConfiguration}).
 */
package fr.logementaccompagne.refusal;
