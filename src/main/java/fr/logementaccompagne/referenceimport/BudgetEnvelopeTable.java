package fr.logementaccompagne.referenceimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The maintien own-funds envelope the board votes per year. A year without a row opens at
 * {@code la.maintien.default-envelope-eur} at its first order; an envelope may not go below what is committed.
 */
@Component
public class BudgetEnvelopeTable extends ReferenceTable {

  public BudgetEnvelopeTable(JdbcClient jdbc) {
    super(jdbc, "budget-envelopes", "budget_envelope", "enveloppe", List.of(
        Column.integer("year", "Année", 2000, 2100).required().stored("budget_year"),
        Column.decimal("amountEur", "Montant (€)", 0, 100_000_000).required()), List.of("year"));
  }

  @Override
  protected Optional<String> breaksRowInUse(Map<String, Object> current, Map<String, Object> changed) {
    BigDecimal committed = jdbc.sql("SELECT committed_eur FROM budget_envelope WHERE budget_year = :year")
        .param("year", current.get("year")).query(BigDecimal.class).single();
    BigDecimal amount = (BigDecimal) changed.get("amountEur");
    return amount.compareTo(committed) >= 0 ? Optional.empty() : Optional.of(
        "montant %s € inférieur aux %s € déjà engagés".formatted(amount.toPlainString(), committed.toPlainString()));
  }
}
