package fr.logementaccompagne.pathway;

import java.util.Map;

/** Port: a message of a diagram delivered to one running case, with variables (stored values, ADR 33). */
public interface CaseMessages {

  /** True when the case was waiting for the message and took it; false when nothing there waits for it. */
  boolean deliver(String messageName, String processInstanceId, Map<String, Object> variables);
}
