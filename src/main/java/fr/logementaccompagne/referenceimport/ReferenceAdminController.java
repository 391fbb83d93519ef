package fr.logementaccompagne.referenceimport;

import fr.logementaccompagne.security.CallerRights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import and export of the landlord's reference tables (issue 16): administrators import, managers read.
 * {@code GET} gives JSON, or CSV with {@code Accept: text/csv}; {@code PUT} takes a CSV file and upserts it.
 */
@RestController
@RequestMapping("/api/admin/reference/{table}")
@Tag(name = "Reference data import", description = "Dwellings, partners, territories, provider markets, "
    + "budget envelopes and quotas as CSV files (administrators import, managers read)")
public class ReferenceAdminController {

  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final ReferenceTables tables;
  private final ReferenceImport referenceImport;
  private final CallerRights rights;
  private final RoleGroupsAfterImport roleGroups;

  public ReferenceAdminController(ReferenceTables tables, ReferenceImport referenceImport, CallerRights rights,
                                  RoleGroupsAfterImport roleGroups) {
    this.tables = tables;
    this.referenceImport = referenceImport;
    this.rights = rights;
    this.roleGroups = roleGroups;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The table's rows as JSON (managers and administrators)")
  public List<Map<String, Object>> export(@PathVariable String table) {
    rights.requireManager();
    return tables.named(table).rows();
  }

  @GetMapping(produces = "text/csv")
  @Operation(summary = "The table as a CSV file: French headers, ';', dates dd/mm/yyyy, ready to import again")
  public ResponseEntity<String> exportCsv(@PathVariable String table) {
    rights.requireManager();
    ReferenceTable reference = tables.named(table);
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + ".csv\"")
        .body(CsvFile.write(reference.columns(), reference.rows()));
  }

  @PutMapping(consumes = MediaType.ALL_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Upsert the rows of a CSV file by their natural key, all or nothing (administrators): "
      + "400 lists every bad line, 409 names the rows in use a change would break")
  public ImportResult importCsv(@PathVariable String table, @RequestBody(required = false) byte[] body) {
    rights.requireAdministrator();
    ReferenceTable reference = tables.named(table);
    ImportResult result =
        referenceImport.importFile(reference, body == null ? new byte[0] : body, rights.caller().userId());
    roleGroups.refreshAfter(reference, result);
    return result;
  }
}
