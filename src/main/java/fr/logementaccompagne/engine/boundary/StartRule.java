package fr.logementaccompagne.engine.boundary;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a person's request to open a case of one pathway must satisfy: the same checks as the project's intake API,
 * applied by {@link StartDoorListener} on every other route (engine REST start or submit-form, Tasklist start form,
 * message). Refusals are the API's own exceptions (invalid fields, unknown codes, forbidden, duplicate case).
 */
public interface StartRule {

  String processKey();

  void check(VariableScope startVariables);
}
