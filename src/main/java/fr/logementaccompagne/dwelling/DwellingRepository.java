package fr.logementaccompagne.dwelling;

import fr.logementaccompagne.jdbc.RecordRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dwellings of the programme and which of them are free to propose. */
@Repository
public class DwellingRepository {

  private static final String SELECT_DWELLING = """
      SELECT d.id, d.reference, d.commune, d.district, d.typology, d.financing, d.motor_adapted, d.floor,
             d.lift, d.monthly_rent_eur, d.service_charges_eur, d.surface_m2, d.available_from
      FROM dwelling d
      """;

  private final JdbcClient jdbc;

  public DwellingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A dwelling and what an agency needs to choose it (rent and charges per month, surface in m²). */
  public record Dwelling(long id, String reference, String commune, String district, String typology,
                         String financing, boolean motorAdapted, Integer floor, Boolean lift,
                         BigDecimal monthlyRentEur, BigDecimal serviceChargesEur, BigDecimal surfaceM2,
                         LocalDate availableFrom) {

    public Dwelling(long id, String reference, String commune, String typology, String financing,
                    boolean motorAdapted) {
      this(id, reference, commune, null, typology, financing, motorAdapted, null, null, null, null, null, null);
    }
  }

  /**
   * In the programme, reported vacant by rental management, without open contract and not held for another
   * open case.
   */
  public List<Dwelling> freeIn(String territoryCode, String forCaseReference) {
    return jdbc.sql(SELECT_DWELLING + """
            WHERE d.territory_code = :territory AND d.active AND d.vacant
              AND NOT EXISTS (SELECT 1 FROM occupancy_contract c WHERE c.dwelling_id = d.id AND c.end_date IS NULL)
              AND NOT EXISTS (SELECT 1 FROM pathway_case p
                              WHERE p.dwelling_id = d.id AND p.closed_at IS NULL AND p.case_reference <> :case)
            ORDER BY d.reference""")
        .param("territory", territoryCode).param("case", forCaseReference).query(RecordRows.of(Dwelling.class)).list();
  }

  /** The programme's dwelling of this reference, whether free or not. */
  public Optional<Dwelling> byReference(String reference) {
    return jdbc.sql(SELECT_DWELLING + "WHERE d.reference = :reference")
        .param("reference", reference).query(RecordRows.of(Dwelling.class)).optional();
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
