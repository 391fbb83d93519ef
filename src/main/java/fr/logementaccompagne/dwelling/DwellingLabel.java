package fr.logementaccompagne.dwelling;

import fr.logementaccompagne.dwelling.DwellingRepository.Dwelling;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * How a dwelling reads in the proposal form, in words an agency uses:
 * "T3 PLAI, Lille (Fives), 2e étage avec ascenseur, 412 € de loyer + 80 € de charges, 63 m² (LIL-FIV-02)".
 * Facts the rental-management file did not give are left out, never shown as blanks.
 */
public final class DwellingLabel {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DwellingLabel() {
  }

  public static String of(Dwelling dwelling) {
    List<String> parts = new ArrayList<>();
    parts.add(dwelling.typology() + " " + dwelling.financing());
    parts.add(dwelling.district() == null ? dwelling.commune()
        : "%s (%s)".formatted(dwelling.commune(), dwelling.district()));
    if (dwelling.floor() != null) {
      parts.add(floor(dwelling.floor()) + (dwelling.lift() == null || dwelling.floor() == 0 ? ""
          : dwelling.lift() ? " avec ascenseur" : " sans ascenseur"));
    }
    if (dwelling.monthlyRentEur() != null) {
      parts.add(euros(dwelling.monthlyRentEur()) + " de loyer" + (dwelling.serviceChargesEur() == null ? ""
          : " + " + euros(dwelling.serviceChargesEur()) + " de charges"));
    }
    if (dwelling.surfaceM2() != null) {
      parts.add(dwelling.surfaceM2().setScale(0, RoundingMode.HALF_UP).toPlainString() + " m²");
    }
    if (dwelling.motorAdapted()) {
      parts.add("adapté au handicap moteur");
    }
    if (dwelling.availableFrom() != null) {
      parts.add("disponible le " + dwelling.availableFrom().format(FRENCH_DATE));
    }
    return String.join(", ", parts) + " (" + dwelling.reference() + ")";
  }

  static String floor(int floor) {
    return floor == 0 ? "rez-de-chaussée" : floor == 1 ? "1er étage" : floor < 0 ? "sous-sol" : floor + "e étage";
  }

  /** Whole euros when there are no cents: "412 €", else "412,50 €". */
  static String euros(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    return (plain.scale() <= 0 ? plain.setScale(0).toPlainString()
        : amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',')) + " €";
  }
}
