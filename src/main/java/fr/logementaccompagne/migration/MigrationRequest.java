package fr.logementaccompagne.migration;

import java.util.Map;

/**
 * Which running cases to move: those of {@code processKey} on {@code fromVersion} (every older version when
 * absent) to {@code toVersion} (the latest when absent). Steps of the same id are mapped to each other;
 * {@code mappings} adds the analyst's mappings for renamed steps, old step id to new step id. {@code variables}
 * gives a value to variables the new version reads and some cases do not have (ADR 30): a moved case that lacks
 * one of them receives it; a case that has it keeps its own value.
 */
public record MigrationRequest(String processKey, Integer fromVersion, Integer toVersion,
                               Map<String, String> mappings, Map<String, Object> variables) {

  public Map<String, Object> variablesOrNone() {
    return variables == null ? Map.of() : variables;
  }

  public Map<String, String> mappingsOrNone() {
    return mappings == null ? Map.of() : mappings;
  }
}
