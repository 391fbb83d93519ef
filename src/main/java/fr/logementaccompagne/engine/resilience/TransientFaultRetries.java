package fr.logementaccompagne.engine.resilience;

import fr.logementaccompagne.engine.messages.JobFailureMessages;
import fr.logementaccompagne.resilience.DatabaseFaults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A job that failed because the database was away (a connection lost in a restart, a lock not granted in time) is
 * tried again after a few seconds without using up a retry: it did nothing wrong. Any other failure keeps the
 * model's retry cycle ({@code R3/PT5M}) and ends as an incident in Cockpit. Either way the job records its failure in
 * French ({@link JobFailureMessages}), the thrown exception as its cause; a recording that meets the same dead
 * database is tried again ({@link FailureRecordingRetry}).
 */
@Component
public class TransientFaultRetries extends AbstractProcessEnginePlugin {

  private final Duration delay;

  public TransientFaultRetries(@Value("${la.resilience.transient-job-retry-delay:PT5S}") Duration delay) {
    this.delay = delay;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory((jobId, failure) -> new RetrySoonCmd(jobId, failure, delay));
    List<CommandInterceptor> outermost = new ArrayList<>();
    outermost.add(new FailureRecordingRetry(FailureRecordingRetry.PAUSE));
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      outermost.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(outermost);
  }

  static class RetrySoonCmd extends DefaultJobRetryCmd {

    private final Duration delay;

    RetrySoonCmd(String jobId, Throwable failure, Duration delay) {
      super(jobId, JobFailureMessages.inFrench(failure));
      this.delay = delay;
    }

    @Override
    public Object execute(CommandContext commandContext) {
      if (!DatabaseFaults.isUnavailable(exception)) {
        return super.execute(commandContext);
      }
      JobEntity job = getJob();
      if (job == null) {
        return null;
      }
      logException(job);
      job.unlock();
      job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + delay.toMillis()));
      notifyAcquisition(commandContext);
      return null;
    }
  }
}
