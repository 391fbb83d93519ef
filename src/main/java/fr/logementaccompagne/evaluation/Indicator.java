package fr.logementaccompagne.evaluation;

import fr.logementaccompagne.process.ProcessVariable;

/** The evaluation indicators of a joint review (docs/design.md section 5), each a form variable and a column. */
public enum Indicator {
  DEBT_TREND("indicatorDebtTrend", "debt_trend"),
  FAMILY_STABILITY("indicatorFamilyStability", "family_stability"),
  DWELLING_APPROPRIATION("indicatorDwellingAppropriation", "dwelling_appropriation"),
  EMPLOYMENT("indicatorEmployment", "employment"),
  TRAINING("indicatorTraining", "training"),
  ENERGY_CONTROL("indicatorEnergyControl", "energy_control"),
  WASTE_SORTING("indicatorWasteSorting", "waste_sorting"),
  ACTIVITIES_PARTICIPATION("indicatorActivitiesParticipation", "activities_participation"),
  DWELLING_FITS_NEEDS("indicatorDwellingFitsNeeds", "dwelling_fits_needs");

  /** Values an indicator takes; anything else, or nothing, is recorded as not assessed. */
  public enum Level { IMPROVING, STABLE, DEGRADING, NOT_ASSESSED }

  private final ProcessVariable<String> variable;
  private final String column;

  Indicator(String variable, String column) {
    // a form variable of Task_PeriodicReview, text: an unknown level reads as not assessed (level), by design
    this.variable = ProcessVariable.text(variable);
    this.column = column;
  }

  public ProcessVariable<String> variable() {
    return variable;
  }

  public String column() {
    return column;
  }

  public static Level level(String value) {
    for (Level level : Level.values()) {
      if (level.name().equals(value)) {
        return level;
      }
    }
    return Level.NOT_ASSESSED;
  }
}
