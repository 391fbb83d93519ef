package fr.logementaccompagne.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything a refused request could have changed around one case: its variables, open tasks and jobs, the domain
 * store's households, cases, contracts, measures and orders, and the engine's instance and incident counts. Two
 * equal snapshots mean nothing was written.
 */
public final class CaseSnapshot {

  private CaseSnapshot() {
  }

  public static Map<String, Object> of(EngineRestClient rest, JdbcClient jdbc, String processInstanceId) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("variables", rest.getJson("/engine-rest/process-instance/" + processInstanceId
        + "/variables?deserializeValues=false").toString());
    state.put("tasks", rest.activeTaskKeys(processInstanceId));
    state.put("jobs", rest.getJson("/engine-rest/job?processInstanceId=" + processInstanceId).toString());
    state.put("instances", rest.getJson("/engine-rest/process-instance/count").get("count").asLong());
    state.put("incidents", rest.getJson("/engine-rest/incident/count").get("count").asLong());
    state.put("households", rows(jdbc, """
        SELECT reference, household_size, annual_resources_eur, referring_partner_code, territory_code
        FROM household ORDER BY reference"""));
    state.put("categories", rows(jdbc,
        "SELECT household_id, category_code FROM household_priority_category ORDER BY 1, 2"));
    state.put("needs", rows(jdbc, "SELECT household_id, need_code FROM household_need ORDER BY 1, 2"));
    state.put("cases", rows(jdbc, "SELECT case_reference, household_id, partner_code FROM pathway_case ORDER BY 1"));
    state.put("contracts", rows(jdbc, "SELECT * FROM occupancy_contract ORDER BY id"));
    state.put("measures", rows(jdbc, "SELECT * FROM accompaniment_measure ORDER BY id"));
    state.put("orders", rows(jdbc, "SELECT * FROM purchase_order ORDER BY 1"));
    state.put("referrals", rows(jdbc, "SELECT * FROM case_referral ORDER BY 1"));
    state.put("litigationFiles", rows(jdbc, "SELECT * FROM litigation_file ORDER BY 1, 2"));
    return state;
  }

  private static String rows(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query().listOfRows().toString();
  }
}
