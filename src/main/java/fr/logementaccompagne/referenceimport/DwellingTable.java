package fr.logementaccompagne.referenceimport;

import fr.logementaccompagne.contract.VacancyDepartures;
import fr.logementaccompagne.contract.VacancyDepartures.Departure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programme's dwellings, as the rental-management system exports them, with what an agency needs to choose
 * one. The same route takes the nightly vacancy feed: a file of reference, vacant and available-from only
 * updates those columns, and a dwelling reported vacant again under an open contract means its household has left.
 */
@Component
public class DwellingTable extends ReferenceTable {

  /** What a household in the dwelling relies on: none of it may change while a case or contract holds it. */
  private static final List<String> FIXED_WHILE_IN_USE =
      List.of("territoryCode", "typology", "financing", "motorAdapted", "active");

  private final VacancyDepartures departures;

  public DwellingTable(JdbcClient jdbc, VacancyDepartures departures) {
    super(jdbc, "dwellings", "dwelling", "logement", List.of(
        Column.reference("reference", "Référence").required(),
        Column.code("territoryCode", "Territoire").required().references("territory"),
        Column.text("commune", "Commune", 120).required(),
        Column.text("district", "Quartier", 120),
        Column.text("addressLine", "Adresse", 200),
        Column.oneOf("typology", "Typologie", "T1", "T2", "T3", "T4", "T5", "T6").required(),
        Column.oneOf("financing", "Financement", "PLAI", "PLUS", "PLS").required(),
        Column.bool("motorAdapted", "Adapté handicap moteur").required(),
        Column.code("programmeCode", "Programme").references("programme"),
        Column.decimal("monthlyRentEur", "Loyer mensuel (€)", 0, 10_000),
        Column.decimal("serviceChargesEur", "Charges mensuelles (€)", 0, 10_000),
        Column.decimal("surfaceM2", "Surface (m²)", 5, 1_000),
        Column.integer("floor", "Étage", -5, 60),
        Column.bool("lift", "Ascenseur"),
        Column.bool("vacant", "Vacant").required(),
        Column.date("availableFrom", "Disponible le"),
        Column.bool("active", "Actif").required()), List.of("reference"));
    this.departures = departures;
  }

  /** Reported vacant again while the store holds an open contract on it: the household has left. */
  @Override
  protected List<Departure> afterUpdate(Map<String, Object> current, Map<String, Object> updated) {
    if (Boolean.TRUE.equals(updated.get("vacant")) && !Boolean.TRUE.equals(current.get("vacant"))) {
      return departures.reportedVacant((String) updated.get("reference")).stream().toList();
    }
    return List.of();
  }

  @Override
  protected Map<String, Object> creationDefaults() {
    return Map.of("motorAdapted", false, "vacant", true, "active", true);
  }

  @Override
  protected Optional<String> breaksRowInUse(Map<String, Object> current, Map<String, Object> changed) {
    List<String> touched = FIXED_WHILE_IN_USE.stream()
        .filter(key -> !Objects.equals(current.get(key), changed.get(key))).toList();
    if (touched.isEmpty()) {
      return Optional.empty();
    }
    List<String> holders = new ArrayList<>(jdbc.sql("""
            SELECT p.case_reference FROM pathway_case p JOIN dwelling d ON d.id = p.dwelling_id
            WHERE d.reference = :reference AND p.closed_at IS NULL
            UNION
            SELECT c.case_reference FROM occupancy_contract c JOIN dwelling d ON d.id = c.dwelling_id
            WHERE d.reference = :reference AND c.end_date IS NULL
            UNION
            SELECT a.case_reference FROM maintien_alert a JOIN dwelling d ON d.id = a.dwelling_id
            JOIN pathway_case p ON p.case_reference = a.case_reference
            WHERE d.reference = :reference AND p.closed_at IS NULL""")
        .param("reference", current.get("reference")).query(String.class).list());
    if (holders.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("logement occupé ou attribué (dossier %s) : %s ne peut pas changer".formatted(
        String.join(", ", holders), touched.stream().map(key -> column(key).orElseThrow().frenchHeader())
            .map(header -> "« " + header + " »").reduce((a, b) -> a + ", " + b).orElse("")));
  }
}
