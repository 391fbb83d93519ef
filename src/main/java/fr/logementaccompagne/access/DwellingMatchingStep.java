package fr.logementaccompagne.access;

import fr.logementaccompagne.dwelling.DwellingFit;
import fr.logementaccompagne.dwelling.DwellingLabel;
import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.dwelling.DwellingRepository.Dwelling;
import fr.logementaccompagne.eligibility.DecidedOnceCeilingTable;
import fr.logementaccompagne.eligibility.ReferralYear;
import fr.logementaccompagne.eligibility.ResourceCeilingRule;
import fr.logementaccompagne.eligibility.ResourceCeilingTables;
import fr.logementaccompagne.process.ProcessVariable;
import fr.logementaccompagne.process.ProcessVariable.Choice;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
public class DwellingMatchingStep implements ProcessStep {

  /** The dwellings the household refused, so that they are not offered again; the step's own bookkeeping. */
  static final ProcessVariable<List<String>> EXCLUDED_DWELLINGS = ProcessVariable.codes("excludedDwellings");

  private final DwellingRepository dwellings;
  private final ResourceCeilingTables ceilingTables;
  private final ReferralYear referralYear;

  public DwellingMatchingStep(DwellingRepository dwellings, ResourceCeilingTables ceilingTables,
                              ReferralYear referralYear) {
    this.dwellings = dwellings;
    this.ceilingTables = ceilingTables;
    this.referralYear = referralYear;
  }

  @Override
  public void execute(StepContext step) {
    Referral referral = ReferralVariables.read(step);
    List<String> excluded = new ArrayList<>(
        Objects.requireNonNullElse(step.get(EXCLUDED_DWELLINGS), List.of()));
    String refused = step.get(Typed.PROPOSED_DWELLING_REFERENCE);
    if (refused != null && !excluded.contains(refused)) {
      excluded.add(refused);
    }
    var fit = new DwellingFit(new ResourceCeilingRule(new DecidedOnceCeilingTable(
        ceilingTables.ofYear(referralYear.of(step.businessKey())))));
    var household = new DwellingFit.Household(referral.householdSize(), referral.dependantsOrZero(),
        referral.annualResourcesEur(), referral.needsMotorAdaptedDwelling());

    List<Dwelling> fitting = dwellings.freeIn(referral.territoryCode(), step.businessKey()).stream()
        .filter(dwelling -> !excluded.contains(dwelling.reference()))
        .filter(dwelling -> fit.fits(dwelling, household))
        .toList();
    List<Choice> options = DwellingFit.best(DwellingFit.offered(fitting, household.needsMotorAdapted())).stream()
        .map(dwelling -> new Choice(DwellingLabel.of(dwelling), dwelling.reference())).toList();

    boolean available = !options.isEmpty();
    step.set(Typed.DWELLING_OPTIONS, options);
    step.set(Typed.DWELLINGS_AVAILABLE, available);
    step.set(EXCLUDED_DWELLINGS, excluded);
    if (available) {
      step.set(Typed.PROPOSAL_COUNT, step.get(Typed.PROPOSAL_COUNT) + 1);
    }
    step.remove(Typed.PROPOSED_DWELLING_REFERENCE);
  }
}
