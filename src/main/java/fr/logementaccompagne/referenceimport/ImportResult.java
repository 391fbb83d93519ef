package fr.logementaccompagne.referenceimport;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.logementaccompagne.contract.VacancyDepartures.Departure;
import java.util.List;

/**
 * What an accepted import did: rows created, rows changed, rows already as in the file; for the vacancy feed, the
 * households whose dwelling was reported vacant while their contract was open (listed only when there are some).
 */
public record ImportResult(int created, int updated, int unchanged,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Departure> departures) {
}
