package fr.logementaccompagne.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which cases a caller may see or act on (docs/design.md section 7), as one SQL condition on {@code pathway_case pc}:
 * a partner its own cases, an agency the cases of its territory, a coordinator those of its basin, a provider the
 * cases it holds an order for, the priority-publics unit the access cases (eligibility review). Managers read
 * everything and act on nothing; administrators do everything. Data of a household is then shown case by case,
 * so a household known to two partners never opens one partner's cases to the other (docs/adr/0015).
 */
@Component
public class CaseScope {

  /** A condition on {@code pathway_case pc} and its parameters (named {@code scope*}, free for the query). */
  public record Condition(String sql, Map<String, Object> params) {

    static final Condition ALL = new Condition("1 = 1", Map.of());
    static final Condition NONE = new Condition("1 = 0", Map.of());

    public boolean isAll() {
      return this == ALL;
    }
  }

  private final CaseScopeRepository repository;

  public CaseScope(CaseScopeRepository repository) {
    this.repository = repository;
  }

  /** Cases whose data the caller may read. */
  public Condition readable(Caller caller) {
    if (caller.isAdministrator() || caller.isManager()) {
      return Condition.ALL;
    }
    return anyOf(caller, true, true);
  }

  /** Cases the caller may act on (declare a measure): not managers (read-only), providers or priority-publics. */
  public Condition actionable(Caller caller) {
    if (caller.isAdministrator()) {
      return Condition.ALL;
    }
    return anyOf(caller, false, false);
  }

  /**
   * Cases through which the caller may read the household's need codes (GDPR art. 9): the coordination of the
   * case's basin and the providers holding one of its orders.
   */
  public Condition needsReadable(Caller caller) {
    if (caller.isAdministrator()) {
      return Condition.ALL;
    }
    List<String> any = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    addBasins(caller, any, params);
    addProviders(caller, any, params);
    return of(any, params);
  }

  public boolean seesHousehold(String householdReference, Condition condition) {
    return repository.seesHousehold(householdReference, condition);
  }

  public boolean seesCase(String caseReference, Condition condition) {
    return repository.seesCase(caseReference, condition);
  }

  public boolean seesOrder(String orderNumber, Condition condition) {
    return repository.seesOrder(orderNumber, condition);
  }

  /** The household's open case the caller may act on, the most recent first. */
  public Optional<String> openActionableCase(String householdReference, Caller caller) {
    return repository.openCaseWithin(householdReference, actionable(caller));
  }

  private Condition anyOf(Caller caller, boolean providers, boolean priorityPublics) {
    List<String> any = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (caller.isPartner()) {
      any.add("pc.partner_code IN (:scopePartners)");
      params.put("scopePartners", caller.partnerCodes());
    }
    if (!caller.territoryCodes().isEmpty()) {
      any.add("pc.territory_code IN (:scopeTerritories)");
      params.put("scopeTerritories", caller.territoryCodes());
    }
    addBasins(caller, any, params);
    if (providers) {
      addProviders(caller, any, params);
    }
    if (priorityPublics && caller.isPriorityPublics()) {
      any.add("pc.pathway = 'ACCESS'");
    }
    return of(any, params);
  }

  private static void addBasins(Caller caller, List<String> any, Map<String, Object> params) {
    if (!caller.basinCodes().isEmpty()) {
      any.add("pc.territory_code IN (SELECT t.code FROM territory t WHERE t.basin_code IN (:scopeBasins))");
      params.put("scopeBasins", caller.basinCodes());
    }
  }

  private static void addProviders(Caller caller, List<String> any, Map<String, Object> params) {
    if (!caller.providerCodes().isEmpty()) {
      any.add("EXISTS (SELECT 1 FROM purchase_order po WHERE po.case_reference = pc.case_reference"
          + " AND po.provider_code IN (:scopeProviders))");
      params.put("scopeProviders", caller.providerCodes());
    }
  }

  private static Condition of(List<String> any, Map<String, Object> params) {
    return any.isEmpty() ? Condition.NONE : new Condition("(" + String.join(" OR ", any) + ")", Map.copyOf(params));
  }
}
