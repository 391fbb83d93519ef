package fr.logementaccompagne.security;

import java.util.List;

/** Port: lets groups read a case in the engine (Tasklist, Cockpit, the engine's API); done by the engine adapter. */
public interface CaseReaders {

  /** Inside the step that opens or extends the case, whatever the caller may do themselves. */
  void grantRead(String processInstanceId, List<String> groupIds);
}
