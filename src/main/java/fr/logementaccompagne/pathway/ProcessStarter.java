package fr.logementaccompagne.pathway;

import java.util.Map;

/** Port: starts a process instance of a pathway (the engine adapter implements it). */
public interface ProcessStarter {

  /** Starts the latest version of the process with this key and returns the process instance id. */
  String start(String processKey, String businessKey, Map<String, Object> variables);
}
