package fr.logementaccompagne.maintien;

import fr.logementaccompagne.api.InvalidRequestException;
import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.maintien.MaintienPathway.Vars;
import fr.logementaccompagne.pathway.CaseOpening;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import fr.logementaccompagne.security.CaseAuthorizations;
import fr.logementaccompagne.security.Groups;
import fr.logementaccompagne.workflow.VariableValues;
import java.util.LinkedHashMap;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * First step of every maintien case, in the start transaction: checks the alert, records the tenant household,
 * opens the case on its dwelling and keeps the alert's figures.
 */
@Component("alertRegistration")
public class AlertRegistration implements JavaDelegate {

  private final MaintienAlertValidator validator;
  private final HouseholdRepository households;
  private final DwellingRepository dwellings;
  private final CaseOpening caseOpening;
  private final ReferenceDataRepository referenceData;
  private final JdbcClient jdbc;
  private final CaseAuthorizations caseAuthorizations;

  public AlertRegistration(MaintienAlertValidator validator, HouseholdRepository households,
                           DwellingRepository dwellings, CaseOpening caseOpening,
                           ReferenceDataRepository referenceData, JdbcClient jdbc,
                           CaseAuthorizations caseAuthorizations) {
    this.validator = validator;
    this.households = households;
    this.dwellings = dwellings;
    this.caseOpening = caseOpening;
    this.referenceData = referenceData;
    this.jdbc = jdbc;
    this.caseAuthorizations = caseAuthorizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MaintienAlert alert = MaintienAlert.from(execution);
    var errors = new LinkedHashMap<>(validator.formErrors(alert));
    if (errors.isEmpty()) {
      errors.putAll(validator.unknownReferences(alert));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    caseOpening.reserve(execution, Pathway.MAINTIEN, alert.householdReference());
    long householdId = households.ensureTenant(alert.householdReference(), alert.territoryCode());
    String caseReference = caseOpening.open(execution, Pathway.MAINTIEN, householdId, null, alert.territoryCode());
    jdbc.sql("""
            INSERT INTO maintien_alert (case_reference, dwelling_id, arrears_amount_eur, arrears_months, trouble_kinds,
                                        source_alert_id)
            VALUES (:case, :dwelling, :amount, :months, :kinds, :source)""")
        .param("source", VariableValues.string(execution.getVariable(Vars.SOURCE_ALERT_ID)))
        .param("case", caseReference).param("dwelling", dwellings.idOf(alert.dwellingReference()).orElseThrow())
        .param("amount", alert.arrearsAmountEur())
        .param("months", alert.arrearsMonths()).param("kinds", String.join(",", alert.troubleKinds())).update();

    String basin = referenceData.basinOf(alert.territoryCode()).orElseThrow();
    caseAuthorizations.grantRead(execution.getProcessInstanceId(),
        List.of(Groups.agency(alert.territoryCode()), Groups.coordinator(basin)));

    execution.setVariable(Vars.CASE_REFERENCE, caseReference);
    execution.setVariable(Vars.HOUSEHOLD_ID, alert.householdReference());
    execution.setVariable(Vars.BASIN_CODE, basin);
    execution.setVariable(Vars.TROUBLE_KINDS, VariableValues.jsonList(alert.troubleKinds()));
  }
}
