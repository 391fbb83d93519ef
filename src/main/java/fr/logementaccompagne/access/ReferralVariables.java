package fr.logementaccompagne.access;

import fr.logementaccompagne.process.VariableSource;
import fr.logementaccompagne.process.access.AccessPathway.Typed;
import java.util.List;
import java.util.Objects;

/**
 * Reads a {@link Referral} from the variables of an access pathway instance or of a start request, strictly: the
 * start door converted a person's values to their canonical types (ADR 33), the intake API wrote them so.
 */
public final class ReferralVariables {

  private ReferralVariables() {
  }

  /** The Referral a process instance holds. */
  public static Referral read(VariableSource variables) {
    return new Referral(
        variables.get(Typed.HOUSEHOLD_REFERENCE),
        variables.get(Typed.PARTNER_CODE),
        variables.get(Typed.TERRITORY_CODE),
        variables.get(Typed.HOUSEHOLD_SIZE),
        variables.get(Typed.DEPENDANTS),
        variables.get(Typed.ANNUAL_RESOURCES_EUR),
        Objects.requireNonNullElse(variables.get(Typed.PRIORITY_CATEGORIES), List.of()),
        Boolean.TRUE.equals(variables.get(Typed.NEEDS_MOTOR_ADAPTED_DWELLING)),
        Boolean.TRUE.equals(variables.get(Typed.CONSENT_TO_ACCOMPANIMENT)),
        variables.get(Typed.PROGRAMME_CODE));
  }
}
