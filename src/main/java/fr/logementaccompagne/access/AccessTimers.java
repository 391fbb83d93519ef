package fr.logementaccompagne.access;

import fr.logementaccompagne.process.CalledByModels;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Periods of the access pathway's timers (ISO-8601 durations), read by the diagram as
 * {@code ${accessTimers.reviewPeriod}} and set in {@code la.access.timers.*}. A change applies to timers
 * created after it.
 */
@CalledByModels
@Component("accessTimers")
@ConfigurationProperties(prefix = "la.access.timers")
public class AccessTimers {

  /** Joint review of hosting and sliding lease periods. */
  private String reviewPeriod = "P6M";
  /** In sliding lease, the prefect is told whether the lease will slide 2 months before the review. */
  private String prefectNoticeDelay = "P4M";
  private String reviewAfterPrefectNotice = "P2M";
  /** The association's mission normally lasts at most 24 months: the coordinator is alerted then. */
  private String slidingLeaseAlert = "P24M";
  /** Accompaniment continues this long once the household holds the lease. */
  private String directLeaseAccompaniment = "P12M";
  /** No vacant dwelling fits the household: the search runs again after this. */
  private String vacancyRecheck = "P1M";

  public String getVacancyRecheck() {
    return vacancyRecheck;
  }

  public void setVacancyRecheck(String vacancyRecheck) {
    this.vacancyRecheck = vacancyRecheck;
  }

  public String getReviewPeriod() {
    return reviewPeriod;
  }

  public void setReviewPeriod(String reviewPeriod) {
    this.reviewPeriod = reviewPeriod;
  }

  public String getPrefectNoticeDelay() {
    return prefectNoticeDelay;
  }

  public void setPrefectNoticeDelay(String prefectNoticeDelay) {
    this.prefectNoticeDelay = prefectNoticeDelay;
  }

  public String getReviewAfterPrefectNotice() {
    return reviewAfterPrefectNotice;
  }

  public void setReviewAfterPrefectNotice(String reviewAfterPrefectNotice) {
    this.reviewAfterPrefectNotice = reviewAfterPrefectNotice;
  }

  public String getSlidingLeaseAlert() {
    return slidingLeaseAlert;
  }

  public void setSlidingLeaseAlert(String slidingLeaseAlert) {
    this.slidingLeaseAlert = slidingLeaseAlert;
  }

  public String getDirectLeaseAccompaniment() {
    return directLeaseAccompaniment;
  }

  public void setDirectLeaseAccompaniment(String directLeaseAccompaniment) {
    this.directLeaseAccompaniment = directLeaseAccompaniment;
  }
}
