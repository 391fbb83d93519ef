package fr.logementaccompagne.referenceimport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The yearly attribution targets the board votes. A quota code must be one a priority category counts towards,
 * or nothing would ever count; a target may not go below the attributions already counted.
 */
@Component
public class QuotaTable extends ReferenceTable {

  public QuotaTable(JdbcClient jdbc) {
    super(jdbc, "quotas", "quota", "objectif", List.of(
        Column.integer("year", "Année", 2000, 2100).required().stored("quota_year"),
        Column.code("code", "Code").required().stored("quota_code"),
        Column.text("label", "Libellé", 200).required(),
        Column.integer("target", "Objectif", 0, 100_000).required()), List.of("year", "code"));
  }

  @Override
  protected Map<String, String> lineErrors(Map<String, Object> row) {
    List<String> counted = jdbc.sql("SELECT DISTINCT quota_code FROM priority_category WHERE quota_code IS NOT NULL")
        .query(String.class).list();
    return counted.contains((String) row.get("code")) ? Map.of()
        : Map.of("code", "aucune catégorie de public ne compte pour cet objectif ; codes possibles : "
            + String.join(", ", counted.stream().sorted().toList()));
  }

  @Override
  protected Optional<String> breaksRowInUse(Map<String, Object> current, Map<String, Object> changed) {
    int used = jdbc.sql("SELECT COUNT(*) FROM quota_attribution WHERE quota_year = :year AND quota_code = :code")
        .param("year", current.get("year")).param("code", current.get("code")).query(Integer.class).single();
    return (Integer) changed.get("target") >= used ? Optional.empty() : Optional.of(
        "objectif %d inférieur aux %d attribution(s) déjà comptée(s)".formatted(changed.get("target"), used));
  }
}
