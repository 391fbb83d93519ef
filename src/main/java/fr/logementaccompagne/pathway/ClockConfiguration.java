package fr.logementaccompagne.pathway;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ClockConfiguration {

  /** Dates of contracts, measures and orders are the landlord's local dates. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Paris"));
  }
}
