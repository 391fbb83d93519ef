package fr.logementaccompagne.maintien;

import fr.logementaccompagne.process.VariableSource;
import fr.logementaccompagne.process.maintien.MaintienPathway.Typed;
import java.util.List;
import java.util.Objects;

/**
 * Reads a {@link MaintienAlert} from the variables of a maintien pathway instance or of a start request, strictly:
 * the start door converted a person's values to their canonical types (ADR 33), the intake API wrote them so.
 */
public final class AlertVariables {

  private AlertVariables() {
  }

  /** The MaintienAlert a process instance holds. */
  public static MaintienAlert read(VariableSource variables) {
    return new MaintienAlert(
        variables.get(Typed.HOUSEHOLD_REFERENCE),
        variables.get(Typed.DWELLING_REFERENCE),
        variables.get(Typed.TERRITORY_CODE),
        variables.get(Typed.ARREARS_AMOUNT_EUR),
        variables.get(Typed.ARREARS_MONTHS),
        Objects.requireNonNullElse(variables.get(Typed.TROUBLE_KINDS), List.of()));
  }
}
