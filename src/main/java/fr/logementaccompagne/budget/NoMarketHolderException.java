package fr.logementaccompagne.budget;

/** No provider holds the market: a configuration fault that must show as an incident, never pass silently. */
public class NoMarketHolderException extends IllegalStateException {

  public NoMarketHolderException(String message) {
    super(message);
  }
}
