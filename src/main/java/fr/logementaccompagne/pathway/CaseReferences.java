package fr.logementaccompagne.pathway;

import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Hands out case references such as {@code ACC-2026-000123}, numbered per pathway and per year. */
@Component
public class CaseReferences {

  private final JdbcClient jdbc;
  private final Clock clock;

  public CaseReferences(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

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
