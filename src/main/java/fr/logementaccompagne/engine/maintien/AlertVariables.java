package fr.logementaccompagne.engine.maintien;

import static fr.logementaccompagne.engine.workflow.VariableValues.decimal;
import static fr.logementaccompagne.engine.workflow.VariableValues.integer;
import static fr.logementaccompagne.engine.workflow.VariableValues.string;
import static fr.logementaccompagne.engine.workflow.VariableValues.stringList;

import fr.logementaccompagne.engine.workflow.VariableKinds;
import fr.logementaccompagne.engine.workflow.VariableKinds.Kind;
import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.process.maintien.MaintienPathway.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads a {@link MaintienAlert} from the variables of a maintien pathway instance or of a start request. */
public final class AlertVariables {

  /** The kind of each start variable, checked before a person's start is read ({@link VariableKinds}). */
  public static final Map<String, Kind> KINDS = Map.of(Vars.HOUSEHOLD_REFERENCE, Kind.TEXT,
      Vars.DWELLING_REFERENCE, Kind.TEXT, Vars.TERRITORY_CODE, Kind.TEXT, Vars.ARREARS_AMOUNT_EUR, Kind.DECIMAL,
      Vars.ARREARS_MONTHS, Kind.INTEGER, Vars.TROUBLE_KINDS, Kind.CODES);

  private AlertVariables() {
  }

  /** The MaintienAlert a process instance holds. */
  public static MaintienAlert read(VariableScope variables) {
    return new MaintienAlert(
        string(variables.getVariable(Vars.HOUSEHOLD_REFERENCE)),
        string(variables.getVariable(Vars.DWELLING_REFERENCE)),
        string(variables.getVariable(Vars.TERRITORY_CODE)),
        decimal(variables.getVariable(Vars.ARREARS_AMOUNT_EUR)),
        integer(variables.getVariable(Vars.ARREARS_MONTHS)),
        stringList(variables.getVariable(Vars.TROUBLE_KINDS)));
  }
}
