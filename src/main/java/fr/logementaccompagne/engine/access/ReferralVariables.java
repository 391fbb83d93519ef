package fr.logementaccompagne.engine.access;

import static fr.logementaccompagne.engine.workflow.VariableValues.bool;
import static fr.logementaccompagne.engine.workflow.VariableValues.decimal;
import static fr.logementaccompagne.engine.workflow.VariableValues.integer;
import static fr.logementaccompagne.engine.workflow.VariableValues.string;
import static fr.logementaccompagne.engine.workflow.VariableValues.stringList;

import fr.logementaccompagne.engine.workflow.VariableKinds;
import fr.logementaccompagne.engine.workflow.VariableKinds.Kind;
import fr.logementaccompagne.access.Referral;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads a {@link Referral} from the variables of an access pathway instance or of a start request. */
public final class ReferralVariables {

  /** The kind of each start variable, checked before a person's start is read ({@link VariableKinds}). */
  public static final Map<String, Kind> KINDS = Map.of(Vars.HOUSEHOLD_REFERENCE, Kind.TEXT,
      Vars.PARTNER_CODE, Kind.TEXT, Vars.TERRITORY_CODE, Kind.TEXT, Vars.HOUSEHOLD_SIZE, Kind.INTEGER,
      Vars.DEPENDANTS, Kind.INTEGER, Vars.ANNUAL_RESOURCES_EUR, Kind.DECIMAL, Vars.PRIORITY_CATEGORIES, Kind.CODES,
      Vars.NEEDS_MOTOR_ADAPTED_DWELLING, Kind.BOOLEAN, Vars.CONSENT_TO_ACCOMPANIMENT, Kind.BOOLEAN,
      Vars.PROGRAMME_CODE, Kind.TEXT);

  private ReferralVariables() {
  }

  /** The Referral a process instance holds. */
  public static Referral read(VariableScope variables) {
    return new Referral(
        string(variables.getVariable(Vars.HOUSEHOLD_REFERENCE)),
        string(variables.getVariable(Vars.PARTNER_CODE)),
        string(variables.getVariable(Vars.TERRITORY_CODE)),
        integer(variables.getVariable(Vars.HOUSEHOLD_SIZE)),
        integer(variables.getVariable(Vars.DEPENDANTS)),
        decimal(variables.getVariable(Vars.ANNUAL_RESOURCES_EUR)),
        stringList(variables.getVariable(Vars.PRIORITY_CATEGORIES)),
        bool(variables.getVariable(Vars.NEEDS_MOTOR_ADAPTED_DWELLING)),
        bool(variables.getVariable(Vars.CONSENT_TO_ACCOMPANIMENT)),
        string(variables.getVariable(Vars.PROGRAMME_CODE)));
  }
}
