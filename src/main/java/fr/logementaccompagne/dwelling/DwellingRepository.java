package fr.logementaccompagne.dwelling;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dwellings of the programme and which of them are free to propose. */
@Repository
public class DwellingRepository {

  private final JdbcClient jdbc;

  public DwellingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Dwelling(long id, String reference, String commune, String typology, String financing,
                         boolean motorAdapted) {
  }

  /** Vacant (no open contract) and not held for another open case. */
  public List<Dwelling> freeIn(String territoryCode, String forCaseReference) {
    return jdbc.sql("""
            SELECT d.id, d.reference, d.commune, d.typology, d.financing, d.motor_adapted
            FROM dwelling d
            WHERE d.territory_code = :territory
              AND NOT EXISTS (SELECT 1 FROM occupancy_contract c WHERE c.dwelling_id = d.id AND c.end_date IS NULL)
              AND NOT EXISTS (SELECT 1 FROM pathway_case p
                              WHERE p.dwelling_id = d.id AND p.closed_at IS NULL AND p.case_reference <> :case)
            ORDER BY d.reference""")
        .param("territory", territoryCode).param("case", forCaseReference).query(Dwelling.class).list();
  }

  /** The other open case this dwelling is attributed to, if any. */
  public Optional<String> heldByAnotherCase(String reference, String caseReference) {
    return jdbc.sql("""
            SELECT p.case_reference FROM pathway_case p JOIN dwelling d ON d.id = p.dwelling_id
            WHERE d.reference = :reference AND p.closed_at IS NULL AND p.case_reference <> :case""")
        .param("reference", reference).param("case", caseReference).query(String.class).optional();
  }

  public Optional<String> territoryOf(String reference) {
    return jdbc.sql("SELECT territory_code FROM dwelling WHERE reference = :reference").param("reference", reference)
        .query(String.class).optional();
  }

  public Optional<Long> idOf(String reference) {
    return jdbc.sql("SELECT id FROM dwelling WHERE reference = :reference").param("reference", reference)
        .query(Long.class).optional();
  }
}
