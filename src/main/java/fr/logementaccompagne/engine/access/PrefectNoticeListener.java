package fr.logementaccompagne.engine.access;

import fr.logementaccompagne.access.AccessTimers;

import fr.logementaccompagne.document.DocumentSettings;
import fr.logementaccompagne.document.FrenchPdf;
import fr.logementaccompagne.document.IssuedDocuments;
import fr.logementaccompagne.document.IssuedDocuments.Kind;
import fr.logementaccompagne.engine.workflow.VariableValues;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_NotifyPrefect}: the written notice to the prefect that a sliding lease will, or
 * will not yet, slide — case, dwelling, partner, dates of the lease and of the review — issued as PDF in the task's
 * transaction and kept with the case ({@code AVP-<case>-<n>}, one per sliding-lease review).
 */
@Component("prefectNotice")
public class PrefectNoticeListener implements TaskListener {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final JdbcClient jdbc;
  private final IssuedDocuments documents;
  private final DocumentSettings settings;
  private final AccessTimers timers;
  private final Clock clock;

  public PrefectNoticeListener(JdbcClient jdbc, IssuedDocuments documents, DocumentSettings settings, AccessTimers timers,
                       Clock clock) {
    this.jdbc = jdbc;
    this.documents = documents;
    this.settings = settings;
    this.timers = timers;
    this.clock = clock;
  }

  private record Lease(String dwelling, String commune, String partner, LocalDate start) {
  }

  @Override
  public void notify(DelegateTask task) {
    String caseReference = task.getExecution().getProcessBusinessKey();
    Lease lease = jdbc.sql("""
            SELECT d.reference, d.commune, p.label, c.start_date FROM occupancy_contract c
            JOIN dwelling d ON d.id = c.dwelling_id LEFT JOIN partner p ON p.code = c.partner_code
            WHERE c.case_reference = :case AND c.status = 'SLIDING_LEASE' AND c.end_date IS NULL""")
        .param("case", caseReference)
        .query((rs, row) -> new Lease(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getDate(4).toLocalDate()))
        .optional().orElse(new Lease("—", "—", "—", null));
    boolean willSlide = "YES".equals(VariableValues.string(task.getVariable(Vars.LEASE_WILL_SLIDE)));
    String notifiedOn = VariableValues.string(task.getVariable(Vars.PREFECT_NOTIFIED_ON));
    LocalDate today = LocalDate.now(clock);
    LocalDate notified = notifiedOn == null ? today : LocalDate.parse(notifiedOn.substring(0, 10));
    LocalDate review = today.plus(Period.parse(timers.getReviewAfterPrefectNotice()));
    String number = "AVP-%s-%d".formatted(caseReference,
        documents.countOfCase(caseReference, Kind.PREFECT_NOTICE) + 1);
    byte[] pdf = new FrenchPdf(settings.getLandlordName(), number, "Information du préfet — bail glissant")
        .paragraph("Madame la Préfète, Monsieur le Préfet,")
        .paragraph("En application du dispositif de bail glissant, nous vous informons, deux mois avant la revue "
            + "semestrielle, de la situation du bail ci-dessous.")
        .field("Dossier", caseReference)
        .field("Logement", lease.dwelling() + " (" + lease.commune() + ")")
        .field("Association locataire en titre", lease.partner())
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
