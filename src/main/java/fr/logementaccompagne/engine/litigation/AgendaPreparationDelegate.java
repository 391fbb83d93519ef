package fr.logementaccompagne.engine.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.litigation.CommissionRepository;
import fr.logementaccompagne.litigation.CommissionDocuments;
import fr.logementaccompagne.litigation.LitigationAgenda;

import fr.logementaccompagne.engine.litigation.LitigationTaskDecisions;

import fr.logementaccompagne.process.litigation.LitigationCommission.Criterion;
import fr.logementaccompagne.process.litigation.LitigationCommission.PreparationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.engine.workflow.VariableValues;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyPreparation}: the files the litigation unit added or removed, each with the unit's reason
 * (checked when the preparation task was completed, see {@link LitigationTaskDecisions}); the agenda shown to the
 * commission is rebuilt from the store and its agenda issued as a document.
 */
@Component("agendaPreparation")
public class AgendaPreparationDelegate implements JavaDelegate {

  private final CommissionRepository commissions;
  private final LitigationAgenda agenda;
  private final CommissionDocuments documents;

  public AgendaPreparationDelegate(CommissionRepository commissions, LitigationAgenda agenda,
                           CommissionDocuments documents) {
    this.commissions = commissions;
    this.agenda = agenda;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long commissionId = ((Number) execution.getVariable(Vars.COMMISSION_ID)).longValue();
    if (PreparationDecision.AGENDA_CHANGED.name().equals(execution.getVariable(Vars.PREPARATION_DECISION))) {
      String reason = VariableValues.string(execution.getVariable(Vars.PREPARATION_REASON));
      references(execution.getVariable(Vars.FILES_TO_ADD)).forEach(reference ->
          commissions.addFile(commissionId, reference, EnumSet.of(Criterion.ADDED_BY_UNIT), reason));
      references(execution.getVariable(Vars.FILES_TO_REMOVE)).forEach(reference ->
          commissions.removeFile(commissionId, reference, reason));
    }
    execution.setVariable(Vars.AGENDA_SUMMARY, agenda.summary(agenda.describeAll(
        commissions.files(commissionId).stream().filter(CommissionRepository.FileRow::onAgenda).toList())));
    documents.issueAgenda(commissionId);
  }

  /** Case references typed in a form field, separated by commas, semicolons or spaces. */
  static List<String> references(Object typed) {
    String text = VariableValues.string(typed);
    return text == null ? List.of() : Arrays.stream(text.toUpperCase().split("[,;\\s]+"))
        .filter(reference -> !reference.isBlank()).distinct().toList();
  }
}
