package fr.logementaccompagne.budget;

import fr.logementaccompagne.jdbc.RecordRows;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The yearly own-funds envelope of the maintien programme. Commitments are single conditional UPDATEs: the row
 * lock makes concurrent orders queue, and each re-reads the committed amount, so the envelope is never
 * over-committed unless a manager approved it.
 */
@Repository
public class BudgetEnvelopeRepository {

  private final JdbcClient jdbc;

  public BudgetEnvelopeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Envelope(int budgetYear, BigDecimal amountEur, BigDecimal committedEur) {

    public BigDecimal remainingEur() {
      return amountEur.subtract(committedEur);
    }
  }

  /** Opens the year's envelope with this amount unless it exists. */
  public void open(int year, BigDecimal amountEur) {
    jdbc.sql("""
            INSERT INTO budget_envelope (budget_year, amount_eur, committed_eur)
            SELECT :year, :amount, 0 WHERE NOT EXISTS (SELECT 1 FROM budget_envelope WHERE budget_year = :year)""")
        .param("year", year).param("amount", amountEur).update();
  }

  /** Commits the amount if what is left covers it; false otherwise (nothing changed). */
  public boolean commitWithinEnvelope(int year, BigDecimal amountEur) {
    return jdbc.sql("""
            UPDATE budget_envelope SET committed_eur = committed_eur + :amount
            WHERE budget_year = :year AND committed_eur + :amount <= amount_eur""")
        .param("amount", amountEur).param("year", year).update() == 1;
  }

  /** Commits the amount beyond the envelope: only after a manager's approval. */
  public void commitOverEnvelope(int year, BigDecimal amountEur) {
    jdbc.sql("UPDATE budget_envelope SET committed_eur = committed_eur + :amount WHERE budget_year = :year")
        .param("amount", amountEur).param("year", year).update();
  }

  public void release(int year, BigDecimal amountEur) {
    jdbc.sql("UPDATE budget_envelope SET committed_eur = committed_eur - :amount WHERE budget_year = :year")
        .param("amount", amountEur).param("year", year).update();
  }

  public Optional<Envelope> find(int year) {
    return jdbc.sql("SELECT budget_year, amount_eur, committed_eur FROM budget_envelope WHERE budget_year = :year")
        .param("year", year).query(RecordRows.of(Envelope.class)).optional();
  }
}
