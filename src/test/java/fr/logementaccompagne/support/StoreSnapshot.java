package fr.logementaccompagne.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused request must not change, as comparable text: engine state and history, the content of the
 * runtime variables (a refused write may overwrite as well as add), the domain store and the budget.
 */
public final class StoreSnapshot {

  private StoreSnapshot() {
  }

  public static Map<String, String> of(JdbcTemplate jdbc) {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("process instances (runtime)", "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_");
    queries.put("process instances (history)", "SELECT COUNT(*) FROM ACT_HI_PROCINST");
    queries.put("tasks (runtime)", "SELECT COUNT(*) FROM ACT_RU_TASK");
    queries.put("tasks (history)", "SELECT COUNT(*) FROM ACT_HI_TASKINST");
    queries.put("completed tasks (history)", "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL");
    queries.put("variables (runtime)", "SELECT COUNT(*) FROM ACT_RU_VARIABLE");
    queries.put("variables (history)", "SELECT COUNT(*) FROM ACT_HI_VARINST");
    queries.put("variable updates (history)", "SELECT COUNT(*) FROM ACT_HI_DETAIL");
    queries.put("byte arrays", "SELECT COUNT(*) FROM ACT_GE_BYTEARRAY");
    queries.put("jobs", "SELECT COUNT(*) FROM ACT_RU_JOB");
    queries.put("incidents", "SELECT COUNT(*) FROM ACT_RU_INCIDENT");
    for (String table : List.of("household", "household_priority_category", "pathway_case", "maintien_alert",
        "occupancy_contract", "accompaniment_measure", "purchase_order", "evaluation", "quota_attribution")) {
      queries.put(table, "SELECT COUNT(*) FROM " + table);
    }
    Map<String, String> snapshot = new LinkedHashMap<>();
    queries.forEach((name, sql) -> snapshot.put(name, String.valueOf(jdbc.queryForObject(sql, Long.class))));
    snapshot.put("runtime variable values", String.valueOf(jdbc.queryForList(
            "SELECT ID_, REV_, NAME_, TYPE_, TEXT_, LONG_, DOUBLE_, BYTEARRAY_ID_ FROM ACT_RU_VARIABLE ORDER BY ID_")
        .hashCode()));
    snapshot.put("job retries", String.valueOf(jdbc.queryForList("SELECT ID_, RETRIES_ FROM ACT_RU_JOB ORDER BY ID_")
        .hashCode()));
    snapshot.put("budget_envelope.committed_eur", jdbc.queryForList(
            "SELECT budget_year, committed_eur FROM budget_envelope ORDER BY budget_year").stream()
        .map(row -> row.get("BUDGET_YEAR") + "=" + ((BigDecimal) row.get("COMMITTED_EUR")).toPlainString())
        .collect(Collectors.joining(", ")));
    snapshot.put("case_counter", jdbc.queryForList("SELECT pathway, last_value FROM case_counter ORDER BY pathway")
        .stream().map(row -> row.get("PATHWAY") + "=" + row.get("LAST_VALUE")).collect(Collectors.joining(", ")));
    return snapshot;
  }
}
