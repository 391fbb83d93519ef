package fr.logementaccompagne.contract;

import fr.logementaccompagne.contract.OccupancyContractRepository.OpenContract;
import fr.logementaccompagne.household.AccompanimentMeasureRepository;
import fr.logementaccompagne.household.MeasureKind;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.pathway.PathwayCaseRepository.PathwayCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a household's contract from one status to the next on the dwelling attributed to its case: the
 * current contract closes and the next opens in one transaction, with the matching accompaniment measure.
 * A contract on another dwelling is refused: in this programme the household never moves.
 */
@Service
public class ContractTransitions {

  static final String STATUS_CHANGE = "STATUS_CHANGE";

  private final PathwayCaseRepository cases;
  private final OccupancyContractRepository contracts;
  private final AccompanimentMeasureRepository measures;
  private final Clock clock;

  public ContractTransitions(PathwayCaseRepository cases, OccupancyContractRepository contracts,
                             AccompanimentMeasureRepository measures, Clock clock) {
    this.cases = cases;
    this.contracts = contracts;
    this.measures = measures;
    this.clock = clock;
  }

  @Transactional
  public void enterStatus(String caseReference, OccupancyStatus status) {
    PathwayCase pathwayCase = cases.find(caseReference)
        .orElseThrow(() -> new IllegalStateException("Dossier inconnu : " + caseReference));
    if (pathwayCase.dwellingId() == null) {
      throw new IllegalStateException("Le dossier " + caseReference + " n'a pas de logement attribué");
    }
    LocalDate today = LocalDate.now(clock);
    Optional<OpenContract> current = contracts.openContractOf(pathwayCase.householdId());
    if (current.isPresent()) {
      OpenContract open = current.get();
      if (open.dwellingId() != pathwayCase.dwellingId()) {
        throw new DwellingChangeRefusedException(caseReference);
      }
      if (open.status().equals(status.name()) && caseReference.equals(open.caseReference())) {
        return;
      }
      contracts.close(open.id(), today, STATUS_CHANGE);
      measures.closeOpenOfCase(caseReference, MeasureKind.ACCESS_PATHWAY, today);
    }
    contracts.open(pathwayCase.dwellingId(), pathwayCase.householdId(), status, pathwayCase.partnerCode(), today,
        caseReference);
    measures.open(pathwayCase.householdId(), MeasureKind.ACCESS_PATHWAY, pathwayCase.partnerCode(),
        AccompanimentMeasureRepository.INTERNAL, today, null, caseReference);
  }

  /** The household has left: its contract of this case and the case's measures end today. */
  @Transactional
  public void closeOnDeparture(String caseReference, String reason) {
    PathwayCase pathwayCase = cases.find(caseReference)
        .orElseThrow(() -> new IllegalStateException("Dossier inconnu : " + caseReference));
    LocalDate today = LocalDate.now(clock);
    contracts.openContractOf(pathwayCase.householdId())
        .filter(open -> caseReference.equals(open.caseReference()))
        .ifPresent(open -> {
          contracts.close(open.id(), today, reason);
          contracts.markDwellingVacant(open.id());
        });
    measures.closeOpenOfCase(caseReference, null, today);
  }
}
