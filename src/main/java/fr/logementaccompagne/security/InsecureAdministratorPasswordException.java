package fr.logementaccompagne.security;

/** The production profile was started without a usable administrator password. */
public class InsecureAdministratorPasswordException extends RuntimeException {

  public InsecureAdministratorPasswordException(String message) {
    super(message);
  }
}
