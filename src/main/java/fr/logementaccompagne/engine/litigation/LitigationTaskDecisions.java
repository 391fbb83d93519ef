package fr.logementaccompagne.engine.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.litigation.CommissionRepository;

import fr.logementaccompagne.engine.litigation.AgendaPreparationDelegate;

import fr.logementaccompagne.process.litigation.LitigationCommission.LitigationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Elements;
import fr.logementaccompagne.process.litigation.LitigationCommission.PreparationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.engine.workflow.TaskDecisionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The decisions of the litigation unit's tasks, enforced by {@code decisionGuard}. */
@Configuration
public class LitigationTaskDecisions {

  /** A changed agenda names the files added or removed, gives its reason, and names only maintien cases. */
  @Bean
  TaskDecisionRule preparationDecisionRule(JdbcClient jdbc, CommissionRepository commissions) {
    return TaskDecisionRule.of(LitigationCommission.KEY, Elements.PREPARE_AGENDA, Vars.PREPARATION_DECISION,
            PreparationDecision.class)
        .withReason(PreparationDecision.AGENDA_CHANGED.name(), Vars.PREPARATION_REASON)
        .withStateCheck((task, value) -> value.equals(PreparationDecision.AGENDA_CHANGED.name())
            ? changeRefusal(task, jdbc, commissions) : Optional.empty());
  }

  @Bean
  TaskDecisionRule litigationDecisionRule() {
    return TaskDecisionRule.of(LitigationCommission.KEY, Elements.RECORD_DECISION, Vars.LITIGATION_DECISION,
        LitigationDecision.class);
  }

  private static Optional<String> changeRefusal(DelegateTask task, JdbcClient jdbc,
                                                CommissionRepository commissions) {
    List<String> added = AgendaPreparationDelegate.references(task.getVariable(Vars.FILES_TO_ADD));
    List<String> removed = AgendaPreparationDelegate.references(task.getVariable(Vars.FILES_TO_REMOVE));
    if (added.isEmpty() && removed.isEmpty()) {
      return Optional.of("indiquez au moins un dossier à ajouter ou à retirer");
    }
    List<String> unknown = new ArrayList<>();
    for (String reference : added) {
      if (jdbc.sql("SELECT COUNT(*) FROM pathway_case WHERE case_reference = :case AND pathway = 'MAINTIEN'")
          .param("case", reference).query(Integer.class).single() == 0) {
        unknown.add(reference);
      }
    }
    if (!unknown.isEmpty()) {
      return Optional.of("dossiers de maintien inconnus : " + String.join(", ", unknown));
    }
    List<String> onAgenda = commissions.filesOnAgenda(
        ((Number) task.getVariable(Vars.COMMISSION_ID)).longValue());
    List<String> notOnAgenda = removed.stream().filter(reference -> !onAgenda.contains(reference)).toList();
    return notOnAgenda.isEmpty() ? Optional.empty()
        : Optional.of("dossiers absents de l'ordre du jour : " + String.join(", ", notOnAgenda));
  }
}
