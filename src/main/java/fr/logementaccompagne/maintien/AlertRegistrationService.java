package fr.logementaccompagne.maintien;

import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.dwelling.DwellingRepository;
import fr.logementaccompagne.household.HouseholdRepository;
import fr.logementaccompagne.pathway.CaseOpening;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.pathway.RegisteredCase;
import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.reference.ReferenceDataRepository;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Use case "register an alert", the first step of a maintien pathway: checks the alert, records the tenant and the
 * alert and opens the case. The engine adapter sets the variables and grants what this returns.
 */
@Service
public class AlertRegistrationService {

  private final MaintienAlertValidator validator;
  private final HouseholdRepository households;
  private final DwellingRepository dwellings;
  private final CaseOpening caseOpening;
  private final ReferenceDataRepository referenceData;
  private final MaintienAlertRepository alerts;

  public AlertRegistrationService(MaintienAlertValidator validator, HouseholdRepository households,
                                  DwellingRepository dwellings, CaseOpening caseOpening,
                                  ReferenceDataRepository referenceData, MaintienAlertRepository alerts) {
    this.validator = validator;
    this.households = households;
    this.dwellings = dwellings;
    this.caseOpening = caseOpening;
    this.referenceData = referenceData;
    this.alerts = alerts;
  }

  /**
   * Registers the alert of a process instance started with this business key (blank: a new reference);
   * {@code sourceAlertId}, rental management's own id of the alert, may be null.
   */
  public RegisteredCase register(MaintienAlert alert, String sourceAlertId, String businessKey,
                                 String processInstanceId) {
    var errors = new LinkedHashMap<>(validator.formErrors(alert));
    if (errors.isEmpty()) {
      errors.putAll(validator.unknownReferences(alert));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String reserved = caseOpening.reserve(businessKey, Pathway.MAINTIEN, alert.householdReference());
    long householdId = households.ensureTenant(alert.householdReference(), alert.territoryCode());
    String caseReference = caseOpening.open(reserved, processInstanceId, Pathway.MAINTIEN, householdId, null,
        alert.territoryCode());
    alerts.record(caseReference, dwellings.idOf(alert.dwellingReference()).orElseThrow(), alert, sourceAlertId);
    String basin = referenceData.basinOf(alert.territoryCode()).orElseThrow();
    return new RegisteredCase(caseReference, basin,
        List.of(Groups.agency(alert.territoryCode()), Groups.coordinator(basin)));
  }
}
