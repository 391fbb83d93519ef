package fr.logementaccompagne.eligibility;

import fr.logementaccompagne.pathway.PathwayCaseRepository;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * The year a referral was made, whose resource-ceiling schedule applies: when the case's referral was recorded
 * ({@link ReferralDates}), or now for a case without a recorded referral.
 */
@Component
public class ReferralYear {

  private final PathwayCaseRepository cases;
  private final ReferralDates dates;

  public ReferralYear(PathwayCaseRepository cases, ReferralDates dates) {
    this.cases = cases;
    this.dates = dates;
  }

  public int of(String caseReference) {
    return cases.referredAt(caseReference).map(LocalDateTime::getYear)
        .orElseGet(() -> dates.now().getYear());
  }
}
