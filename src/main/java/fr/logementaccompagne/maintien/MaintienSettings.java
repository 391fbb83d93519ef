package fr.logementaccompagne.maintien;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Amounts of the maintien programme ({@code la.maintien.*}). Lot 2 and 3 prices are in the accompaniment-scale DMN. */
@Component
@ConfigurationProperties(prefix = "la.maintien")
public class MaintienSettings {

  /** Price of a lot-1 social diagnostic. */
  private BigDecimal diagnosticPriceEur = new BigDecimal("900");
  /** Envelope of a year that has none yet; a year's envelope is then changed in the budget_envelope table. */
  private BigDecimal defaultEnvelopeEur = new BigDecimal("500000");

  public BigDecimal getDiagnosticPriceEur() {
    return diagnosticPriceEur;
  }

  public void setDiagnosticPriceEur(BigDecimal diagnosticPriceEur) {
    this.diagnosticPriceEur = diagnosticPriceEur;
  }

  public BigDecimal getDefaultEnvelopeEur() {
    return defaultEnvelopeEur;
  }

  public void setDefaultEnvelopeEur(BigDecimal defaultEnvelopeEur) {
    this.defaultEnvelopeEur = defaultEnvelopeEur;
  }
}
