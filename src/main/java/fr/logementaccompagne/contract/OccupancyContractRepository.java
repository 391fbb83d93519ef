package fr.logementaccompagne.contract;

import fr.logementaccompagne.jdbc.RecordRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import fr.logementaccompagne.security.CaseScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Occupancy contracts: one row per status period of a household in a dwelling. */
@Repository
public class OccupancyContractRepository {

  private final JdbcClient jdbc;

  public OccupancyContractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record OpenContract(long id, long dwellingId, String status, String caseReference) {
  }

  public record ContractView(String dwellingReference, String status, String holder, String partnerCode,
                             LocalDate startDate, LocalDate endDate, String endReason) {
  }

  /** The open contract on a dwelling, with its case and whether that case's pathway still runs. */
  public record OpenContractOnDwelling(long id, String caseReference, String pathway, String processInstanceId,
                                       boolean caseStillOpen) {
  }

  public Optional<OpenContract> openContractOf(long householdId) {
    return jdbc.sql("""
            SELECT id, dwelling_id, status, case_reference FROM occupancy_contract
            WHERE household_id = :household AND end_date IS NULL""")
        .param("household", householdId).query(RecordRows.of(OpenContract.class)).optional();
  }

  public void open(long dwellingId, long householdId, OccupancyStatus status, String partnerCode, LocalDate start,
                   String caseReference) {
    jdbc.sql("""
            INSERT INTO occupancy_contract (dwelling_id, household_id, status, holder, partner_code, start_date,
                                            case_reference)
            VALUES (:dwelling, :household, :status, :holder, :partner, :start, :case)""")
        .param("dwelling", dwellingId).param("household", householdId).param("status", status.name())
        .param("holder", status.holder().name()).param("partner", partnerCode).param("start", start)
        .param("case", caseReference).update();
    // the store knows the dwelling is let; rental management's feed reports it vacant again when the household goes
    jdbc.sql("UPDATE dwelling SET vacant = FALSE WHERE id = :dwelling").param("dwelling", dwellingId).update();
  }

  public Optional<OpenContractOnDwelling> openContractOnDwelling(String dwellingReference) {
    return jdbc.sql("""
            SELECT c.id, c.case_reference, p.pathway, p.process_instance_id, p.closed_at IS NULL AS case_still_open
            FROM occupancy_contract c JOIN dwelling d ON d.id = c.dwelling_id
            JOIN pathway_case p ON p.case_reference = c.case_reference
            WHERE d.reference = :reference AND c.end_date IS NULL""")
        .param("reference", dwellingReference).query(OpenContractOnDwelling.class).optional();
  }

  /** The household has left the dwelling of this contract: the dwelling is vacant again. */
  public void markDwellingVacant(long contractId) {
    jdbc.sql("UPDATE dwelling SET vacant = TRUE WHERE id = (SELECT dwelling_id FROM occupancy_contract WHERE id = :id)")
        .param("id", contractId).update();
  }

  public void close(long contractId, LocalDate end, String reason) {
    jdbc.sql("UPDATE occupancy_contract SET end_date = :end, end_reason = :reason WHERE id = :id AND end_date IS NULL")
        .param("end", end).param("reason", reason).param("id", contractId).update();
  }

  /** The household's contracts of the cases in the caller's scope. */
  public List<ContractView> ofHousehold(String householdReference, CaseScope.Condition scope) {
    return jdbc.sql("""
            SELECT d.reference AS dwelling_reference, oc.status, oc.holder, oc.partner_code, oc.start_date,
                   oc.end_date, oc.end_reason
            FROM occupancy_contract oc
            JOIN household h ON h.id = oc.household_id
            JOIN dwelling d ON d.id = oc.dwelling_id
            JOIN pathway_case pc ON pc.case_reference = oc.case_reference
            WHERE h.reference = :household AND (""" + scope.sql() + """
            ) ORDER BY oc.start_date, oc.id""")
        .param("household", householdReference).params(scope.params()).query(RecordRows.of(ContractView.class)).list();
  }

  public List<ContractView> ofHousehold(String householdReference) {
    return jdbc.sql("""
            SELECT d.reference AS dwelling_reference, c.status, c.holder, c.partner_code, c.start_date, c.end_date,
                   c.end_reason
            FROM occupancy_contract c
            JOIN household h ON h.id = c.household_id
            JOIN dwelling d ON d.id = c.dwelling_id
            WHERE h.reference = :household
            ORDER BY c.start_date, c.id""")
        .param("household", householdReference).query(RecordRows.of(ContractView.class)).list();
  }

  /** The open sliding lease of a case, as the prefect's notice names it. */
  public record SlidingLease(String dwellingReference, String commune, String partnerLabel, LocalDate start) {
  }

  public Optional<SlidingLease> openSlidingLeaseOf(String caseReference) {
    return jdbc.sql("""
            SELECT d.reference, d.commune, p.label, c.start_date FROM occupancy_contract c
            JOIN dwelling d ON d.id = c.dwelling_id LEFT JOIN partner p ON p.code = c.partner_code
            WHERE c.case_reference = :case AND c.status = 'SLIDING_LEASE' AND c.end_date IS NULL""")
        .param("case", caseReference)
        .query((rs, row) -> new SlidingLease(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getDate(4).toLocalDate()))
        .optional();
  }
}
