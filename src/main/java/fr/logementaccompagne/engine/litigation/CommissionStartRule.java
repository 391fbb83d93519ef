package fr.logementaccompagne.engine.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.engine.boundary.StartRule;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.engine.workflow.VariableValues;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Who may convene a litigation commission by hand (Tasklist's start form, engine REST): a manager, with a session
 * date that is not past. The schedule's own start (timer) is the system's and passes.
 */
@Component("commissionConvening")
public class CommissionStartRule implements StartRule {

  private final CallerRights rights;
  private final Clock clock;

  public CommissionStartRule(CallerRights rights, Clock clock) {
    this.rights = rights;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return LitigationCommission.KEY;
  }

  @Override
  public void check(VariableScope startVariables) {
    rights.requireManager();
    String text = VariableValues.string(startVariables.getVariable(Vars.SESSION_DATE));
    LocalDate session;
    try {
      session = text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      session = null;
    }
    if (session == null) {
      throw new InvalidRequestException(Map.of(Vars.SESSION_DATE, "date de séance obligatoire (jj/mm/aaaa)"));
    }
    if (session.isBefore(LocalDate.now(clock))) {
      throw new InvalidRequestException(Map.of(Vars.SESSION_DATE, "la date de séance ne peut pas être passée"));
    }
  }
}
