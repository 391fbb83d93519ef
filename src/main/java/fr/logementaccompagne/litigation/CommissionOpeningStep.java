package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission.Typed;
import fr.logementaccompagne.process.step.ProcessStep;
import fr.logementaccompagne.process.step.StepContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BuildAgenda}: numbers the commission (its business key), fixes its session date (chosen by the
 * manager who convened it, or set after the preparation period when the schedule convened it) and puts on its
 * agenda the files the store selects.
 */
@Component("commissionOpening")
public class CommissionOpeningStep implements ProcessStep {

  private final CommissionRepository commissions;
  private final LitigationAgenda agenda;
  private final LitigationSettings settings;
  private final Clock clock;

  public CommissionOpeningStep(CommissionRepository commissions, LitigationAgenda agenda, LitigationSettings settings,
                               Clock clock) {
    this.commissions = commissions;
    this.agenda = agenda;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(StepContext step) {
    LocalDate session = Objects.requireNonNullElseGet(step.get(Typed.SESSION_DATE),
        () -> LocalDate.now(clock).plus(settings.getPreparationPeriod()));
    var commission = commissions.create(session, step.processInstanceId());
    step.changeBusinessKey(commission.number());
    var selection = agenda.selection();
    selection.forEach((caseReference, criteria) ->
        commissions.addFile(commission.id(), caseReference, criteria, null));
    step.set(Typed.COMMISSION_ID, commission.id());
    step.set(Typed.COMMISSION_NUMBER, commission.number());
    step.set(Typed.SESSION_DATE, session);
    step.set(Typed.AGENDA_SUMMARY,
        agenda.summary(agenda.describeAll(commissions.files(commission.id()))));
  }
}
