package fr.logementaccompagne.migration;

import fr.logementaccompagne.security.CallerRights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Managers move running cases to a new version of their process, after a dry run (ADR 22). */
@RestController
@Tag(name = "Migrations", description = "Running cases moved to a new version of their process (managers)")
public class MigrationController {

  private final CaseMigrations migrations;
  private final CallerRights rights;

  public MigrationController(CaseMigrations migrations, CallerRights rights) {
    this.migrations = migrations;
    this.rights = rights;
  }

  @PostMapping("/api/admin/migrations/preview")
  @Operation(summary = "Dry run, in French: which running cases can move to the version, which cannot and why;"
      + " nothing changes (managers)")
  public MigrationReport preview(@RequestBody MigrationRequest request) {
    rights.requireManager();
    return migrations.preview(request);
  }

  @PostMapping("/api/admin/migrations")
  @Operation(summary = "Moves every case that can move (equal steps plus the given mappings), records each move,"
      + " and reports those left on their version (managers)")
  public MigrationReport execute(@RequestBody MigrationRequest request) {
    rights.requireManager();
    return migrations.execute(request, rights.caller().userId());
  }
}
