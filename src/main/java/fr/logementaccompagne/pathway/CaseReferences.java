package fr.logementaccompagne.pathway;

import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private final JdbcClient jdbc;
  private final Clock clock;

  public CaseReferences(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Call it in the transaction that opens the case (it joins it): alone, it would commit a number of its own. */
  @Transactional
  public String next(Pathway pathway) {
    int year = Year.now(clock).getValue();
    // the UPDATE locks the pathway's row until commit: concurrent callers queue here
    jdbc.sql("""
            UPDATE case_counter
            SET last_value = CASE WHEN case_year = :year THEN last_value + 1 ELSE 1 END, case_year = :year
            WHERE pathway = :pathway""")
        .param("year", year).param("pathway", pathway.name()).update();
    int number = jdbc.sql("SELECT last_value FROM case_counter WHERE pathway = :pathway")
        .param("pathway", pathway.name()).query(Integer.class).single();
    return "%s-%d-%06d".formatted(pathway.referencePrefix(), year, number);
  }
}
