package fr.logementaccompagne.litigation;

import fr.logementaccompagne.document.DocumentSettings;
import fr.logementaccompagne.document.FrenchPdf;
import fr.logementaccompagne.document.IssuedDocumentRepository;
import fr.logementaccompagne.document.IssuedDocumentRepository.Issued;
import fr.logementaccompagne.document.IssuedDocumentRepository.Kind;
import fr.logementaccompagne.litigation.CommissionRepository.Commission;
import fr.logementaccompagne.litigation.CommissionRepository.FileRow;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The commission's agenda (issued when the litigation unit has settled it) and minutes (issued when every decision
 * is recorded), as PDF in French, kept as issued. They name cases by reference, never a tenant.
 */
@Component
public class CommissionDocuments {

  private final CommissionRepository commissions;
  private final LitigationAgenda agenda;
  private final IssuedDocumentRepository documents;
  private final DocumentSettings settings;

  public CommissionDocuments(CommissionRepository commissions, LitigationAgenda agenda, IssuedDocumentRepository documents,
                             DocumentSettings settings) {
    this.commissions = commissions;
    this.agenda = agenda;
    this.documents = documents;
    this.settings = settings;
  }

  public static String agendaNumber(Commission commission) {
    return "ODJ-" + commission.number();
  }

  public static String minutesNumber(Commission commission) {
    return "PV-" + commission.number();
  }

  public Issued issueAgenda(long commissionId) {
    Commission commission = commissions.find(commissionId).orElseThrow();
    return documents.issueOnce(agendaNumber(commission), Kind.COMMISSION_AGENDA, null, commissionId,
        () -> agendaPdf(commission));
  }

  public Issued issueMinutes(long commissionId) {
    Commission commission = commissions.find(commissionId).orElseThrow();
    return documents.issueOnce(minutesNumber(commission), Kind.COMMISSION_MINUTES, null, commissionId,
        () -> minutesPdf(commission));
  }

  private byte[] agendaPdf(Commission commission) {
    List<FileRow> rows = commissions.files(commission.id());
    List<FileRow> examined = rows.stream().filter(FileRow::onAgenda).toList();
    var pdf = new FrenchPdf(settings.getLandlordName(), agendaNumber(commission),
        "Ordre du jour de la commission du contentieux")
        .field("Commission", commission.number())
        .field("Date de la séance", LitigationAgenda.FRENCH_DATE.format(commission.sessionDate()))
        .field("Dossiers examinés", String.valueOf(examined.size()));
    Map<String, FileRow> byCase = rows.stream().collect(Collectors.toMap(FileRow::caseReference,
        Function.identity()));
    for (var file : agenda.describeAll(examined)) {
      pdf.heading("Dossier " + file.caseReference())
          .field("Territoire", file.territory())
          .field("Impayés", FrenchLabels.arrears(file.arrearsAmountEur(), file.arrearsMonths()))
          .field("Étape", file.stage())
          .field("Motifs d'inscription", file.criteria().stream().map(FrenchLabels::criterion)
              .collect(Collectors.joining(", ")));
      String reason = byCase.get(file.caseReference()).preparationReason();
      if (reason != null) {
        pdf.field("Motif de l'ajout", reason);
      }
      pdf.paragraph(file.measures().isEmpty() ? "Historique des mesures : aucune mesure enregistrée."
          : "Historique des mesures :");
      file.measures().forEach(pdf::bullet);
    }
    List<FileRow> removed = rows.stream().filter(row -> !row.onAgenda()).toList();
    if (!removed.isEmpty()) {
      pdf.heading("Dossiers retirés de l'ordre du jour");
      removed.forEach(row -> pdf.bullet(row.caseReference() + " : " + row.preparationReason()));
    }
    return pdf.toBytes();
  }

  private byte[] minutesPdf(Commission commission) {
    List<FileRow> examined = commissions.files(commission.id()).stream().filter(FileRow::onAgenda).toList();
    Map<String, Long> byDecision = new TreeMap<>(examined.stream().collect(Collectors.groupingBy(
        row -> FrenchLabels.decision(row.decision()), Collectors.counting())));
    var pdf = new FrenchPdf(settings.getLandlordName(), minutesNumber(commission),
        "Procès-verbal de la commission du contentieux")
        .field("Commission", commission.number())
        .field("Date de la séance", LitigationAgenda.FRENCH_DATE.format(commission.sessionDate()))
        .field("Dossiers examinés", String.valueOf(examined.size()))
        .heading("Décisions par nature");
    byDecision.forEach((label, count) -> pdf.bullet(label + " : " + count));
    pdf.heading("Décision sur chaque dossier");
    for (FileRow row : examined) {
      pdf.heading("Dossier " + row.caseReference())
          .field("Décision", FrenchLabels.decision(row.decision()))
          .field("Motifs et modalités", row.decisionNote())
          .field("Suite", row.forwardedTo() == null ? "mise en œuvre par l'unité contentieux"
              : row.forwardedTo().equals(row.caseReference()) ? "transmise au dossier en cours"
              : "transmise au dossier " + row.forwardedTo());
    }
    pdf.heading("Signature")
        .paragraph("Le président de la commission du contentieux,")
        .paragraph("Nom, date et signature :");
    return pdf.toBytes();
  }
}
