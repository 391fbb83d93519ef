package fr.logementaccompagne.security;

import fr.logementaccompagne.refusal.Refusal;

/** The caller is authenticated but may not do this (HTTP 403). */
public class ForbiddenException extends RuntimeException implements Refusal {

  public ForbiddenException(String message) {
    super(message);
  }
}
