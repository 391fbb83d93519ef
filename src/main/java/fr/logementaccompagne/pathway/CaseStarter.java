package fr.logementaccompagne.pathway;

import fr.logementaccompagne.security.SystemActions;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a pathway for an intake the API has already checked: refuses a second open case of the household
 * (409), hands out the case reference and starts the process with it as business key. The process's first
 * step records the household and the case in the same transaction.
 */
@Service
public class CaseStarter {

  private final CaseOpening caseOpening;
  private final CaseReferences caseReferences;
  private final ProcessStarter processStarter;
  private final SystemActions systemCalls;

  public CaseStarter(CaseOpening caseOpening, CaseReferences caseReferences, ProcessStarter processStarter,
                     SystemActions systemCalls) {
    this.caseOpening = caseOpening;
    this.caseReferences = caseReferences;
    this.processStarter = processStarter;
    this.systemCalls = systemCalls;
  }

  public record StartedCase(String caseReference, String processInstanceId) {
  }

  public void requireNoOpenCase(String householdReference, Pathway pathway) {
    caseOpening.requireNoOpenCase(householdReference, pathway);
  }

  /** One transaction for the number and the case: a refused or failed start gives the number back. */
  @Transactional
  public StartedCase start(Pathway pathway, String processKey, String householdReference,
                           Map<String, Object> variables) {
    caseOpening.requireNoOpenCase(householdReference, pathway);
    String caseReference = caseReferences.next(pathway);
    String processInstanceId = systemCalls.call(() -> processStarter.start(processKey, caseReference, variables));
    return new StartedCase(caseReference, processInstanceId);
  }
}
