package fr.logementaccompagne.engine.boundary;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Jobs are run by the job executor and, to unblock a case, by administrators. The engine checks a caller's rights
 * only once the job is loaded, and a refusal then counts as a failed attempt: retries drop until an incident
 * stalls the case. So anyone else is refused here, before the engine sees the job.
 */
class GuardedManagementService extends ManagementServiceImpl {

  private final ProcessEngineConfigurationImpl configuration;

  GuardedManagementService(ProcessEngineConfigurationImpl configuration) {
    super(configuration);
    this.configuration = configuration;
  }

  @Override
  public void executeJob(String jobId) {
    Caller.ofOuterCall(configuration).filter(caller -> !caller.isAdministrator()).ifPresent(caller -> {
      throw new AuthorizationException("Seuls le moteur et les administrateurs exécutent les travaux en attente");
    });
    // an unknown job is the caller's mistake: said before the engine fails on it (and logs it as an error)
    if (Caller.ofOuterCall(configuration).isPresent() && createJobQuery().jobId(jobId).count() == 0) {
      throw new NotFoundException("Travail introuvable : " + jobId);
    }
    super.executeJob(jobId);
  }
}
