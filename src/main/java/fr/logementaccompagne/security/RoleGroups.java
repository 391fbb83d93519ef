package fr.logementaccompagne.security;

/**
 * Port: the role groups and authorizations of the reference rows (partners, territories, providers), created by
 * the engine adapter ({@code engine.security}) with the same idempotent steps the start runs.
 */
public interface RoleGroups {

  /** Creates the groups and grants of rows added since the last call; those already there are left as they are. */
  void createMissing();
}
