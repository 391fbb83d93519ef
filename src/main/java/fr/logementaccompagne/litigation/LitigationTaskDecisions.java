package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.litigation.LitigationCommission.Elements;
import fr.logementaccompagne.process.litigation.LitigationCommission.LitigationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.PreparationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Typed;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.process.step.StepContext;
import fr.logementaccompagne.process.step.TaskDecisionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The decisions of the litigation unit's tasks, enforced by {@code decisionGuard}. */
@Configuration
public class LitigationTaskDecisions {

  /** A changed agenda names the files added or removed, gives its reason, and names only maintien cases. */
  @Bean
  TaskDecisionRule preparationDecisionRule(AgendaRepository agenda, CommissionRepository commissions) {
    return TaskDecisionRule.of(LitigationCommission.KEY, Elements.PREPARE_AGENDA, Vars.PREPARATION_DECISION,
            PreparationDecision.class)
        .withReason(PreparationDecision.AGENDA_CHANGED.name(), Vars.PREPARATION_REASON)
        .withStateCheck((task, value) -> value.equals(PreparationDecision.AGENDA_CHANGED.name())
            ? changeRefusal(task, agenda, commissions) : Optional.empty());
  }

  @Bean
  TaskDecisionRule litigationDecisionRule() {
    return TaskDecisionRule.of(LitigationCommission.KEY, Elements.RECORD_DECISION, Vars.LITIGATION_DECISION,
        LitigationDecision.class);
  }

  private static Optional<String> changeRefusal(StepContext task, AgendaRepository agenda,
                                                CommissionRepository commissions) {
    List<String> added = AgendaPreparationStep.references(task.get(Typed.FILES_TO_ADD));
    List<String> removed = AgendaPreparationStep.references(task.get(Typed.FILES_TO_REMOVE));
    if (added.isEmpty() && removed.isEmpty()) {
      return Optional.of("indiquez au moins un dossier à ajouter ou à retirer");
    }
    List<String> unknown = new ArrayList<>();
    for (String reference : added) {
      if (!agenda.isMaintienCase(reference)) {
        unknown.add(reference);
      }
    }
    if (!unknown.isEmpty()) {
      return Optional.of("dossiers de maintien inconnus : " + String.join(", ", unknown));
    }
    List<String> onAgenda = commissions.filesOnAgenda(
        task.get(Typed.COMMISSION_ID));
    List<String> notOnAgenda = removed.stream().filter(reference -> !onAgenda.contains(reference)).toList();
    return notOnAgenda.isEmpty() ? Optional.empty()
        : Optional.of("dossiers absents de l'ordre du jour : " + String.join(", ", notOnAgenda));
  }
}
