package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.dwelling.DwellingFit;
import fr.logementaccompagne.dwelling.DwellingRepository;

import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.eligibility.ResourceCeilingRule;
import fr.logementaccompagne.eligibility.ResourceCeilingTable;
import fr.logementaccompagne.engine.workflow.VariableValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * {@code Task_FindMatchingDwellings}: the free dwellings of the territory that fit the household, offered to the
 * agency as the choices of {@code Task_ProposeDwelling}. A dwelling the commission refused is not offered again;
 * motor-adapted dwellings come last unless the household needs one. When none fits, the case waits for a vacancy
 * and no proposal is counted.
 */
@Component("dwellingMatching")
public class DwellingMatchingDelegate implements JavaDelegate {

  static final String EXCLUDED_DWELLINGS = "excludedDwellings";

  private final DwellingRepository dwellings;
  private final ResourceCeilingTable ceilingTable;

  public DwellingMatchingDelegate(DwellingRepository dwellings, ResourceCeilingTable ceilingTable) {
    this.dwellings = dwellings;
    this.ceilingTable = ceilingTable;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = ReferralVariables.read(execution);
    List<String> excluded = new ArrayList<>(VariableValues.stringList(execution.getVariable(EXCLUDED_DWELLINGS)));
    String refused = VariableValues.string(execution.getVariable(Vars.PROPOSED_DWELLING_REFERENCE));
    if (refused != null && !excluded.contains(refused)) {
      excluded.add(refused);
    }
    var fit = new DwellingFit(new ResourceCeilingRule(ceilingTable));
    var household = new DwellingFit.Household(referral.householdSize(), referral.dependantsOrZero(),
        referral.annualResourcesEur(), referral.needsMotorAdaptedDwelling());

    SpinJsonNode options = Spin.JSON("[]");
    dwellings.freeIn(referral.territoryCode(), execution.getProcessBusinessKey()).stream()
        .filter(dwelling -> !excluded.contains(dwelling.reference()))
        .filter(dwelling -> fit.fits(dwelling, household))
        // adapted dwellings are scarce: offered last to a household that does not need one
        .sorted(Comparator.comparing(dwelling -> dwelling.motorAdapted() && !household.needsMotorAdapted()))
        .forEach(dwelling -> options.append(Spin.JSON("{}")
            .prop("label", "%s : %s %s, %s%s".formatted(dwelling.reference(), dwelling.typology(),
                dwelling.financing(), dwelling.commune(), dwelling.motorAdapted() ? ", adapté PMR" : ""))
            .prop("value", dwelling.reference())));

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
