package fr.logementaccompagne.contract;

import fr.logementaccompagne.contract.OccupancyContractRepository.OpenContractOnDwelling;
import fr.logementaccompagne.household.AccompanimentMeasureRepository;
import fr.logementaccompagne.pathway.Pathway;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rental management reports vacant a dwelling on which the store holds an open contract: the household has left
 * (issue 16). The contract closes as a departure dated from the feed, with the case's measures; an access pathway
 * still running on it takes its {@code HouseholdLeft} path. Without this, nothing would ever free the dwelling of a
 * direct lease whose accompaniment has ended.
 */
@Service
public class VacancyDepartures {

  /** {@code occupancy_contract.end_reason} of a departure learnt from the vacancy feed. */
  public static final String REPORTED_VACANT = "REPORTED_VACANT";

  private final OccupancyContractRepository contracts;
  private final AccompanimentMeasureRepository measures;
  private final HouseholdDepartureSignal signal;
  private final Clock clock;

  public VacancyDepartures(OccupancyContractRepository contracts, AccompanimentMeasureRepository measures,
                           HouseholdDepartureSignal signal, Clock clock) {
    this.contracts = contracts;
    this.measures = measures;
    this.signal = signal;
    this.clock = clock;
  }

  /** What followed a dwelling reported vacant: the contract closed and whether a running pathway moved on. */
  public record Departure(String dwellingReference, String caseReference, LocalDate endDate,
                          boolean pathwayMovedOn) {
  }

  /** The departure the vacancy of this dwelling means, or empty when no contract is open on it. */
  @Transactional
  public Optional<Departure> reportedVacant(String dwellingReference) {
    return contracts.openContractOnDwelling(dwellingReference).map(open -> depart(dwellingReference, open));
  }

  private Departure depart(String dwellingReference, OpenContractOnDwelling open) {
    LocalDate today = LocalDate.now(clock);
    contracts.close(open.id(), today, REPORTED_VACANT);
    measures.closeOpenOfCase(open.caseReference(), null, today);
    boolean movedOn = open.caseStillOpen() && open.processInstanceId() != null
        && Pathway.ACCESS.name().equals(open.pathway())
        && signal.householdLeft(open.processInstanceId(), REPORTED_VACANT);
    return new Departure(dwellingReference, open.caseReference(), today, movedOn);
  }
}
