package fr.logementaccompagne.referenceimport;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Territorial directions and the housing basin each belongs to (the basin sets which coordination follows it). */
@Component
public class TerritoryTable extends ReferenceTable {

  public TerritoryTable(JdbcClient jdbc) {
    super(jdbc, "territories", "territory", "territoire", List.of(
        Column.code("code", "Code").required(),
        Column.text("label", "Libellé", 200).required(),
        Column.code("basinCode", "Bassin").required().references("basin")), List.of("code"));
  }

  /** Moving a territory to another basin would hand its open cases to another coordination. */
  @Override
  protected Optional<String> breaksRowInUse(Map<String, Object> current, Map<String, Object> changed) {
    if (Objects.equals(current.get("basinCode"), changed.get("basinCode"))) {
      return Optional.empty();
    }
    int openCases = jdbc.sql("SELECT COUNT(*) FROM pathway_case WHERE territory_code = :code AND closed_at IS NULL")
        .param("code", current.get("code")).query(Integer.class).single();
    return openCases == 0 ? Optional.empty() : Optional.of(
        "%d dossier(s) ouvert(s) sur ce territoire : changer de bassin changerait la coordination qui les suit"
            .formatted(openCases));
  }
}
