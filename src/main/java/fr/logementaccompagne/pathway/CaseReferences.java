package fr.logementaccompagne.pathway;

import java.time.Clock;
import java.time.Year;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case references such as {@code ACC-2026-000123}, numbered per pathway and per year without gaps
 * (docs/adr/0025): a number is taken in the transaction that opens its case, so a refused or failed intake gives it
 * back when it rolls back, and the pathway's counter row stays locked until then: intakes of one pathway queue
 * here, which also makes two referrals of one household meet in order (the second sees the first's case).
 */
@Component
public class CaseReferences {

  private final PathwayCaseRepository cases;
  private final Clock clock;

  public CaseReferences(PathwayCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  /** Call it in the transaction that opens the case (it joins it): alone, it would commit a number of its own. */
  @Transactional
  public String next(Pathway pathway) {
    int year = Year.now(clock).getValue();
    int number = cases.nextCaseNumber(pathway, year);
    return "%s-%d-%06d".formatted(pathway.referencePrefix(), year, number);
  }
}
