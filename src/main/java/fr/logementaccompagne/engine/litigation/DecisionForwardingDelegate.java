package fr.logementaccompagne.engine.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.litigation.CommissionRepository;

import fr.logementaccompagne.process.litigation.LitigationCommission.LitigationDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.pathway.CaseStarter;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.engine.workflow.VariableValues;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ForwardDecision}: the commission's decision on one file is recorded and reaches the household's open
 * maintien case as a message (its agency then gives it effect); when the household has no open case, a decision to
 * maintain the accompaniment opens a new one, which starts again at the tenant's consent. Other decisions on a
 * closed case are recorded only: the litigation unit carries them out (CCAPEX referral, procedure).
 */
@Component("decisionForwarding")
public class DecisionForwardingDelegate implements JavaDelegate {

  private final CommissionRepository commissions;
  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final CaseStarter starter;

  public DecisionForwardingDelegate(CommissionRepository commissions, JdbcClient jdbc, RuntimeService runtime,
                            CaseStarter starter) {
    this.commissions = commissions;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.starter = starter;
  }

  private record OpenCase(String caseReference, String processInstanceId) {
  }

  @Override
  public void execute(DelegateExecution execution) {
    long commissionId = ((Number) execution.getVariable(Vars.COMMISSION_ID)).longValue();
    String file = VariableValues.string(execution.getVariable(Vars.AGENDA_FILE));
    String decision = VariableValues.string(execution.getVariable(Vars.LITIGATION_DECISION));
    String note = VariableValues.string(execution.getVariable(Vars.DECISION_NOTE));
    String forwardedTo = openCaseOfHousehold(file).map(open -> {
      runtime.createMessageCorrelation(LitigationCommission.MESSAGE_DECISION)
          .processInstanceId(open.processInstanceId())
          .setVariable(Vars.LITIGATION_DECISION, decision)
          .setVariable(Vars.COMMISSION_NUMBER, VariableValues.string(execution.getVariable(Vars.COMMISSION_NUMBER)))
          .correlateWithResult();
      return open.caseReference();
    }).orElseGet(() -> LitigationDecision.MAINTAIN_ACCOMPANIMENT.name().equals(decision) ? reopen(file) : null);
    commissions.recordDecision(commissionId, file, decision, note, forwardedTo);
  }

  private Optional<OpenCase> openCaseOfHousehold(String caseReference) {
    return jdbc.sql("""
            SELECT o.case_reference, o.process_instance_id FROM pathway_case f
            JOIN pathway_case o ON o.household_id = f.household_id AND o.pathway = 'MAINTIEN' AND o.closed_at IS NULL
                                   AND o.process_instance_id IS NOT NULL
            WHERE f.case_reference = :case""")
        .param("case", caseReference)
        .query((rs, row) -> new OpenCase(rs.getString(1), rs.getString(2))).optional();
  }

  /** A new maintien case from the closed case's alert; it goes through the overlap check and the consent. */
  private String reopen(String caseReference) {
    MaintienAlert alert = jdbc.sql("""
            SELECT h.reference, d.reference, c.territory_code, a.arrears_amount_eur, a.arrears_months, a.trouble_kinds
            FROM pathway_case c JOIN household h ON h.id = c.household_id
            JOIN maintien_alert a ON a.case_reference = c.case_reference JOIN dwelling d ON d.id = a.dwelling_id
            WHERE c.case_reference = :case AND h.anonymised_at IS NULL""")
        .param("case", caseReference)
        .query((rs, row) -> new MaintienAlert(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getBigDecimal(4), rs.getInt(5), Arrays.asList(rs.getString(6).split(","))))
        .optional().orElse(null);
    if (alert == null) {
      return null;
    }
    return starter.start(Pathway.MAINTIEN, MaintienPathway.KEY, alert.householdReference(), alert.toVariables())
        .caseReference();
  }
}
