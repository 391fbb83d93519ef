package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.CalledByModels;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Periods of the maintien timers (ISO-8601), read by the diagrams as {@code ${maintienTimers.reportPeriod}}. */
@CalledByModels
@Component("maintienTimers")
@ConfigurationProperties(prefix = "la.maintien.timers")
public class MaintienTimers {

  /** No answer to the consent request after this: a reminder is sent to the tenant. */
  private String consentReminder = "P30D";
  /** Still no answer after this (counted from the request): the agency handles it in person. */
  private String consentEscalation = "P37D";
  /** The lot-1 provider has this long for the diagnostic; the coordinator is alerted after. */
  private String diagnosticDue = "P1M";
  private String reportPeriod = "P3M";
  private String orderPostponement = "P1M";

  public String getConsentReminder() {
    return consentReminder;
  }

  public void setConsentReminder(String consentReminder) {
    this.consentReminder = consentReminder;
  }

  public String getConsentEscalation() {
    return consentEscalation;
  }

  public void setConsentEscalation(String consentEscalation) {
    this.consentEscalation = consentEscalation;
  }

  public String getDiagnosticDue() {
    return diagnosticDue;
  }

  public void setDiagnosticDue(String diagnosticDue) {
    this.diagnosticDue = diagnosticDue;
  }

  public String getReportPeriod() {
    return reportPeriod;
  }

  public void setReportPeriod(String reportPeriod) {
    this.reportPeriod = reportPeriod;
  }

  public String getOrderPostponement() {
    return orderPostponement;
  }

  public void setOrderPostponement(String orderPostponement) {
    this.orderPostponement = orderPostponement;
  }
}
