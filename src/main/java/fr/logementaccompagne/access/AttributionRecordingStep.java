package fr.logementaccompagne.access;

import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.pathway.PathwayCaseRepository;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.quota.QuotaCounter;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordAttribution}: the commission attributed the proposed dwelling. It is held for the case (the
 * household will live there through every status) and the attribution counts towards the year's quotas.
 */
@Component("attributionRecording")
public class AttributionRecordingStep implements ProcessStep {

  private final DwellingRepository dwellings;
  private final PathwayCaseRepository cases;
  private final QuotaCounter quotas;
  private final Clock clock;

  public AttributionRecordingStep(DwellingRepository dwellings, PathwayCaseRepository cases, QuotaCounter quotas,
                                  Clock clock) {
    this.dwellings = dwellings;
    this.cases = cases;
    this.quotas = quotas;
    this.clock = clock;
  }

  @Override
  public void execute(StepContext step) {
    String caseReference = step.businessKey();
    String dwellingReference = step.get(Typed.PROPOSED_DWELLING_REFERENCE);
    long dwellingId = dwellings.idOf(dwellingReference)
        .orElseThrow(() -> new IllegalStateException("Logement inconnu : " + dwellingReference));
    try {
      cases.assignDwelling(caseReference, dwellingId);
    } catch (DuplicateKeyException attributedMeanwhile) {
      // the commission's decision is checked when recorded; this is the database's last word
      throw new IllegalStateException(
          "Le logement " + dwellingReference + " est déjà attribué à un autre dossier ouvert",
          attributedMeanwhile);
    }
    long householdId = cases.find(caseReference).orElseThrow().householdId();
    var warnings = quotas.countAttribution(caseReference, householdId, LocalDate.now(clock));
    step.set(Typed.DWELLING_REFERENCE, dwellingReference);
    step.set(Typed.QUOTA_WARNING, String.join(" ; ", warnings));
  }
}
