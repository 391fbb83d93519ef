package fr.logementaccompagne.engine.pathway;

import fr.logementaccompagne.pathway.PathwayCaseRepository;

import fr.logementaccompagne.household.AccompanimentMeasureRepository;
import fr.logementaccompagne.process.CalledByModels;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called by the end events of both pathways ({@code ${caseClosure.close(execution, 'OUTCOME')}}): the case is
 * closed with its outcome and its programme measures end. An occupancy contract is not touched: a household in
 * direct lease stays the tenant after its accompaniment.
 */
@CalledByModels
@Component("caseClosure")
public class CaseClosure {

  private final PathwayCaseRepository cases;
  private final AccompanimentMeasureRepository measures;
  private final Clock clock;

  public CaseClosure(PathwayCaseRepository cases, AccompanimentMeasureRepository measures, Clock clock) {
    this.cases = cases;
    this.measures = measures;
    this.clock = clock;
  }

  public void close(DelegateExecution execution, String outcome) {
    String caseReference = execution.getProcessBusinessKey();
    cases.close(caseReference, outcome);
    measures.closeOpenOfCase(caseReference, null, LocalDate.now(clock));
  }
}
