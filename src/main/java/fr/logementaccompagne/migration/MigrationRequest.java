package fr.logementaccompagne.migration;

import java.util.Map;

/**
 * Which running cases to move: those of {@code processKey} on {@code fromVersion} (every older version when
 * absent) to {@code toVersion} (the latest when absent). Steps of the same id are mapped to each other;
 * {@code mappings} adds the analyst's mappings for renamed steps, old step id to new step id.
 */
public record MigrationRequest(String processKey, Integer fromVersion, Integer toVersion,
                               Map<String, String> mappings) {

  public Map<String, String> mappingsOrNone() {
    return mappings == null ? Map.of() : mappings;
  }
}
