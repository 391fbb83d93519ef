package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.dwelling.DwellingFit;
import fr.logementaccompagne.dwelling.DwellingLabel;
import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.dwelling.DwellingRepository.Dwelling;
import fr.logementaccompagne.eligibility.DecidedOnceCeilingTable;
import fr.logementaccompagne.eligibility.ReferralYear;
import fr.logementaccompagne.eligibility.ResourceCeilingRule;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.engine.workflow.VariableValues;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * {@code Task_FindMatchingDwellings}: the free dwellings of the territory that fit the household, offered to the
 * agency as the choices of {@code Task_ProposeDwelling}, each described in words ({@link DwellingLabel}). A
 * dwelling the commission refused is not offered again; a motor-adapted dwelling goes to a household that does
 * not need one only when nothing else fits. At most {@link DwellingFit#MAX_OPTIONS} are offered, best fits
 * first, and the ceilings are decided once per financing, so the step costs about the same at 40 or 2,000 vacant
 * dwellings (issue 15). When none fits, the case waits for a vacancy and no proposal is counted.
 */
@Component("dwellingMatching")
public class DwellingMatchingDelegate implements JavaDelegate {

  static final String EXCLUDED_DWELLINGS = "excludedDwellings";

  private final DwellingRepository dwellings;
  private final DmnResourceCeilingTable ceilingTables;
  private final ReferralYear referralYear;

  public DwellingMatchingDelegate(DwellingRepository dwellings, DmnResourceCeilingTable ceilingTables,
                                  ReferralYear referralYear) {
    this.dwellings = dwellings;
    this.ceilingTables = ceilingTables;
    this.referralYear = referralYear;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = ReferralVariables.read(execution);
    List<String> excluded = new ArrayList<>(VariableValues.stringList(execution.getVariable(EXCLUDED_DWELLINGS)));
    String refused = VariableValues.string(execution.getVariable(Vars.PROPOSED_DWELLING_REFERENCE));
    if (refused != null && !excluded.contains(refused)) {
      excluded.add(refused);
    }
    var fit = new DwellingFit(new ResourceCeilingRule(new DecidedOnceCeilingTable(
        ceilingTables.ofYear(referralYear.of(execution.getProcessBusinessKey())))));
    var household = new DwellingFit.Household(referral.householdSize(), referral.dependantsOrZero(),
        referral.annualResourcesEur(), referral.needsMotorAdaptedDwelling());

    List<Dwelling> fitting = dwellings.freeIn(referral.territoryCode(), execution.getProcessBusinessKey()).stream()
        .filter(dwelling -> !excluded.contains(dwelling.reference()))
        .filter(dwelling -> fit.fits(dwelling, household))
        .toList();
    SpinJsonNode options = Spin.JSON("[]");
    DwellingFit.best(DwellingFit.offered(fitting, household.needsMotorAdapted())).forEach(dwelling ->
        options.append(Spin.JSON("{}").prop("label", DwellingLabel.of(dwelling)).prop("value", dwelling.reference())));

    boolean available = !options.elements().isEmpty();
    execution.setVariable(Vars.DWELLING_OPTIONS, options);
    execution.setVariable(Vars.DWELLINGS_AVAILABLE, available);
    execution.setVariable(EXCLUDED_DWELLINGS, VariableValues.jsonList(excluded));
    if (available) {
      execution.setVariable(Vars.PROPOSAL_COUNT,
          VariableValues.integer(execution.getVariable(Vars.PROPOSAL_COUNT)) + 1);
    }
    execution.removeVariable(Vars.PROPOSED_DWELLING_REFERENCE);
  }
}
