package fr.logementaccompagne.contract;

/** Port: tells a running access pathway that its household has left (the engine adapter sends the message). */
public interface HouseholdDepartureSignal {

  /**
   * Sends {@code HouseholdLeft} with the reason to the process instance, which then closes the case; false when
   * the instance no longer waits for it (its departure is already under way).
   */
  boolean householdLeft(String processInstanceId, String reason);
}
