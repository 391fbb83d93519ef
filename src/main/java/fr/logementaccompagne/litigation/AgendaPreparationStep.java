package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission.Criterion;
import fr.logementaccompagne.process.litigation.LitigationCommission.PreparationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyPreparation}: the files the litigation unit added or removed, each with the unit's reason
 * (checked when the preparation task was completed, see {@link LitigationTaskDecisions}); the agenda shown to the
 * commission is rebuilt from the store and its agenda issued as a document.
 */
@Component("agendaPreparation")
public class AgendaPreparationStep implements ProcessStep {

  private final CommissionRepository commissions;
  private final LitigationAgenda agenda;
  private final CommissionDocuments documents;

  public AgendaPreparationStep(CommissionRepository commissions, LitigationAgenda agenda,
                               CommissionDocuments documents) {
    this.commissions = commissions;
    this.agenda = agenda;
    this.documents = documents;
  }

  @Override
  public void execute(StepContext step) {
    long commissionId = step.get(Typed.COMMISSION_ID);
    if (step.get(Typed.PREPARATION_DECISION) == PreparationDecision.AGENDA_CHANGED) {
      String reason = step.get(Typed.PREPARATION_REASON);
      references(step.get(Typed.FILES_TO_ADD)).forEach(reference ->
          commissions.addFile(commissionId, reference, EnumSet.of(Criterion.ADDED_BY_UNIT), reason));
      references(step.get(Typed.FILES_TO_REMOVE)).forEach(reference ->
          commissions.removeFile(commissionId, reference, reason));
    }
    step.set(Typed.AGENDA_SUMMARY, agenda.summary(agenda.describeAll(
        commissions.files(commissionId).stream().filter(CommissionRepository.FileRow::onAgenda).toList())));
    documents.issueAgenda(commissionId);
  }

  /** Case references typed in a form field, separated by commas, semicolons or spaces. */
  static List<String> references(String text) {
    return text == null ? List.of() : Arrays.stream(text.toUpperCase().split("[,;\\s]+"))
        .filter(reference -> !reference.isBlank()).distinct().toList();
  }
}
