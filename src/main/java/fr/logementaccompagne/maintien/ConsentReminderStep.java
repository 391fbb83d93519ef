package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.maintien.MaintienPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendConsentReminder}: the tenant has not answered the consent request. The reminder letter is
 * issued by rental management's mailing, which reads this log line; the case counts its reminders.
 */
@Component("consentReminder")
public class ConsentReminderStep implements ProcessStep {

  private static final Logger LOG = LoggerFactory.getLogger(ConsentReminderStep.class);

  @Override
  public void execute(StepContext step) {
    int reminders = Objects.requireNonNullElse(
        step.get(Typed.CONSENT_REMINDERS), 0) + 1;
    step.set(Typed.CONSENT_REMINDERS, reminders);
    LOG.info("Consent reminder {} for case {}", reminders, step.businessKey());
  }
}
