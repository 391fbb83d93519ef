package fr.logementaccompagne.engine.deployment;

import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment that carries code other than the project's; the message, in French, names what and where. */
public class DeploymentRefusedException extends BadUserRequestException {

  public DeploymentRefusedException(String message) {
    super(message);
  }
}
