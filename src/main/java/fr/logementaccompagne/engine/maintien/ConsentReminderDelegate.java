package fr.logementaccompagne.engine.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.engine.workflow.VariableValues;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendConsentReminder}: the tenant has not answered the consent request. The reminder letter is
 * issued by rental management's mailing, which reads this log line; the case counts its reminders.
 */
@Component("consentReminder")
public class ConsentReminderDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ConsentReminderDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    int reminders = Objects.requireNonNullElse(
        VariableValues.integer(execution.getVariable(Vars.CONSENT_REMINDERS)), 0) + 1;
    execution.setVariable(Vars.CONSENT_REMINDERS, reminders);
    LOG.info("Consent reminder {} for case {}", reminders, execution.getProcessBusinessKey());
  }
}
