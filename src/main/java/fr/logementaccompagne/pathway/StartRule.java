package fr.logementaccompagne.pathway;

import fr.logementaccompagne.process.VariableSource;

/**
 * What a person's request to open a case of one pathway must satisfy: the same checks as the project's intake API,
 * applied by the engine's start door ({@code engine.boundary.StartDoorListener}) on every other route (engine REST start or submit-form, Tasklist start form,
 * message). Refusals are the API's own exceptions (invalid fields, unknown codes, forbidden, duplicate case).
 */
public interface StartRule {

  String processKey();

  /** The start variables, already converted to their canonical types by the start door (ADR 33). */
  void check(VariableSource startVariables);
}
