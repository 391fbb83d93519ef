package fr.logementaccompagne.process;

/**
 * A value a person sent that is not of its variable's kind ({@link ProcessVariable#convert}); the message, in
 * French, says what was expected. The boundary that converts names the variable and answers 400.
 */
public class VariableConversionException extends RuntimeException {

  public VariableConversionException(String message) {
    super(message);
  }
}
