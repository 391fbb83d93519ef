package fr.logementaccompagne.security;

import fr.logementaccompagne.security.CaseScope.Condition;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whether a household, a case or an order lies within a {@link CaseScope} condition. */
@Repository
public class CaseScopeRepository {

  private final JdbcClient jdbc;

  public CaseScopeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean seesHousehold(String householdReference, Condition condition) {
    return jdbc.sql("SELECT COUNT(*) FROM household h WHERE h.reference = :scopeHousehold"
            + (condition.isAll() ? "" : " AND EXISTS (SELECT 1 FROM pathway_case pc WHERE pc.household_id = h.id AND ("
            + condition.sql() + "))"))
        .param("scopeHousehold", householdReference).params(condition.params()).query(Integer.class).single() > 0;
  }

  public boolean seesCase(String caseReference, Condition condition) {
    return jdbc.sql("SELECT COUNT(*) FROM pathway_case pc WHERE pc.case_reference = :scopeCase AND ("
            + condition.sql() + ")")
        .param("scopeCase", caseReference).params(condition.params()).query(Integer.class).single() > 0;
  }

  public boolean seesOrder(String orderNumber, Condition condition) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM purchase_order o JOIN pathway_case pc ON pc.case_reference = o.case_reference
            WHERE o.order_number = :scopeOrder AND (""" + condition.sql() + ")")
        .param("scopeOrder", orderNumber).params(condition.params()).query(Integer.class).single() > 0;
  }

  /** The household's open case within the condition, the most recent first. */
  public Optional<String> openCaseWithin(String householdReference, Condition condition) {
    return jdbc.sql("""
            SELECT pc.case_reference FROM pathway_case pc JOIN household h ON h.id = pc.household_id
            WHERE h.reference = :scopeHousehold AND pc.closed_at IS NULL AND (""" + condition.sql() + """
            ) ORDER BY pc.opened_at DESC, pc.case_reference DESC""")
        .param("scopeHousehold", householdReference).params(condition.params()).query(String.class).list()
        .stream().findFirst();
  }

  /** True when the household is known in another territory than this one. */
  public boolean householdOfAnotherTerritory(String householdReference, String territoryCode) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM household WHERE reference = :household
              AND territory_code IS NOT NULL AND territory_code <> :territory""")
        .param("household", householdReference).param("territory", territoryCode).query(Integer.class).single() > 0;
  }
}
