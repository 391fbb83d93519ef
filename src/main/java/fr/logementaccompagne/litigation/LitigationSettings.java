package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.CalledByModels;
import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Settings of the litigation commission ({@code la.litigation.*}): when it convenes by itself and which files its
 * agenda takes. The schedule is read by the diagram's timer start event as {@code ${litigationSettings.schedule}}.
 */
@CalledByModels
@Component("litigationSettings")
@ConfigurationProperties(prefix = "la.litigation")
public class LitigationSettings {

  /** Cron of the engine (seconds first): 06:00 on 15 March and 15 October. */
  private String schedule = "0 0 6 15 3,10 ?";
  /** A scheduled commission sits this long after its agenda is built, leaving time to prepare it. */
  private Period preparationPeriod = Period.ofDays(21);
  /** An open case is on the agenda when its arrears reach this amount... */
  private BigDecimal arrearsAmountEur = new BigDecimal("1500");
  /** ...and this many months. */
  private int arrearsMonths = 3;
  /** Closed cases (eviction procedure, consent refused) are examined when closed within this period. */
  private Period closedWithin = Period.ofMonths(6);
  /** No answer to the consent request after this long (the escalation has passed): on the agenda. */
  private Period consentUnansweredAfter = Period.ofDays(37);
  /** A tenant flagged again within this period after a closed maintien case is on the agenda. */
  private Period flaggedAgainWithin = Period.ofMonths(12);

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public Period getPreparationPeriod() {
    return preparationPeriod;
  }

  public void setPreparationPeriod(Period preparationPeriod) {
    this.preparationPeriod = preparationPeriod;
  }

  public BigDecimal getArrearsAmountEur() {
    return arrearsAmountEur;
  }

  public void setArrearsAmountEur(BigDecimal arrearsAmountEur) {
    this.arrearsAmountEur = arrearsAmountEur;
  }

  public int getArrearsMonths() {
    return arrearsMonths;
  }

  public void setArrearsMonths(int arrearsMonths) {
    this.arrearsMonths = arrearsMonths;
  }

  public Period getClosedWithin() {
    return closedWithin;
  }

  public void setClosedWithin(Period closedWithin) {
    this.closedWithin = closedWithin;
  }

  public Period getConsentUnansweredAfter() {
    return consentUnansweredAfter;
  }

  public void setConsentUnansweredAfter(Period consentUnansweredAfter) {
    this.consentUnansweredAfter = consentUnansweredAfter;
  }

  public Period getFlaggedAgainWithin() {
    return flaggedAgainWithin;
  }

  public void setFlaggedAgainWithin(Period flaggedAgainWithin) {
    this.flaggedAgainWithin = flaggedAgainWithin;
  }
}
