package fr.logementaccompagne.migration;

/**
 * Port: moves the running cases of a process to a newer version (ADR 22), implemented with the engine's migration
 * API by {@code engine.migration.EngineCaseMigrations}. The caller's rights are checked by the controller.
 */
public interface CaseMigrations {

  /** The dry run: nothing changes. */
  MigrationReport preview(MigrationRequest request);

  /** Moves every case that can move, all or none, and records each move; the others stay and are reported. */
  MigrationReport execute(MigrationRequest request, String movedBy);
}
