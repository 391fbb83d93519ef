package fr.logementaccompagne.access;

import fr.logementaccompagne.contract.OccupancyContractRepository;
import fr.logementaccompagne.contract.OccupancyContractRepository.SlidingLease;
import fr.logementaccompagne.document.DocumentSettings;
import fr.logementaccompagne.document.FrenchPdf;
import fr.logementaccompagne.document.IssuedDocumentRepository;
import fr.logementaccompagne.document.IssuedDocumentRepository.Kind;
import fr.logementaccompagne.process.access.AccessPathway.LeaseWillSlide;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_NotifyPrefect}: the written notice to the prefect that a sliding lease will, or
 * will not yet, slide — case, dwelling, partner, dates of the lease and of the review — issued as PDF in the task's
 * transaction and kept with the case ({@code AVP-<case>-<n>}, one per sliding-lease review).
 */
@Component("prefectNotice")
public class PrefectNoticeStep implements ProcessStep {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final OccupancyContractRepository contracts;
  private final IssuedDocumentRepository documents;
  private final DocumentSettings settings;
  private final AccessTimers timers;
  private final Clock clock;

  public PrefectNoticeStep(OccupancyContractRepository contracts, IssuedDocumentRepository documents,
                           DocumentSettings settings, AccessTimers timers, Clock clock) {
    this.contracts = contracts;
    this.documents = documents;
    this.settings = settings;
    this.timers = timers;
    this.clock = clock;
  }

  @Override
  public void execute(StepContext step) {
    String caseReference = step.businessKey();
    SlidingLease lease = contracts.openSlidingLeaseOf(caseReference)
        .orElse(new SlidingLease("—", "—", "—", null));
    boolean willSlide = step.get(Typed.LEASE_WILL_SLIDE) == LeaseWillSlide.YES;
    LocalDate today = LocalDate.now(clock);
    LocalDate notified = Objects.requireNonNullElse(step.get(Typed.PREFECT_NOTIFIED_ON), today);
    LocalDate review = today.plus(Period.parse(timers.getReviewAfterPrefectNotice()));
    String number = "AVP-%s-%d".formatted(caseReference,
        documents.countOfCase(caseReference, Kind.PREFECT_NOTICE) + 1);
    byte[] pdf = new FrenchPdf(settings.getLandlordName(), number, "Information du préfet — bail glissant")
        .paragraph("Madame la Préfète, Monsieur le Préfet,")
        .paragraph("En application du dispositif de bail glissant, nous vous informons, deux mois avant la revue "
            + "semestrielle, de la situation du bail ci-dessous.")
        .field("Dossier", caseReference)
        .field("Logement", lease.dwellingReference() + " (" + lease.commune() + ")")
        .field("Association locataire en titre", lease.partnerLabel())
        .field("Début du bail glissant", lease.start() == null ? null : FRENCH_DATE.format(lease.start()))
        .field("Date de la revue", FRENCH_DATE.format(review))
        .field("Décision", willSlide ? "le bail glissera au nom du ménage à la revue"
            : "le bail ne glissera pas encore à cette revue")
        .field("Date d'information", FRENCH_DATE.format(notified))
        .heading("Signature")
        .paragraph("Pour le bailleur, le responsable du programme de logement accompagné,")
        .paragraph("Nom, date et signature :")
        .toBytes();
    documents.issue(number, Kind.PREFECT_NOTICE, caseReference, pdf);
  }
}
