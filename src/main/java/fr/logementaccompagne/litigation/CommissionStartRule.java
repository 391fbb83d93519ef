package fr.logementaccompagne.litigation;

import fr.logementaccompagne.pathway.StartRule;
import fr.logementaccompagne.process.VariableSource;
import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.litigation.LitigationCommission.Typed;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.security.CallerRights;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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
  public void check(VariableSource startVariables) {
    rights.requireManager();
    // converted by the start door (ADR 33): a text that is no date was refused there
    LocalDate session = startVariables.get(Typed.SESSION_DATE);
    if (session == null) {
      throw new InvalidRequestException(Map.of(Vars.SESSION_DATE, "date de séance obligatoire (jj/mm/aaaa)"));
    }
    if (session.isBefore(LocalDate.now(clock))) {
      throw new InvalidRequestException(Map.of(Vars.SESSION_DATE, "la date de séance ne peut pas être passée"));
    }
  }
}
