package fr.logementaccompagne.access;

import fr.logementaccompagne.refusal.NotFoundException;
import fr.logementaccompagne.document.IssuedDocumentRepository;
import fr.logementaccompagne.document.IssuedDocumentRepository.Listed;
import fr.logementaccompagne.document.PdfResponses;
import fr.logementaccompagne.security.ScopeInterceptor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents issued for an access case (notices to the prefect), to whoever sees the case (its scope is checked
 * before the handler, ADR 15): the list, then each PDF by its id.
 */
@RestController
@Tag(name = "Access pathway", description = "Documents of an access case")
public class CaseDocumentsController {

  private final IssuedDocumentRepository documents;

  public CaseDocumentsController(IssuedDocumentRepository documents) {
    this.documents = documents;
  }

  @GetMapping("/api/access/cases/{caseReference}/documents")
  @Operation(summary = "The documents issued for an access case, oldest first")
  public List<Listed> list(@PathVariable String caseReference) {
    requireAccessCase(caseReference);
    return documents.ofCase(caseReference);
  }

  @GetMapping("/api/access/cases/{caseReference}/documents/{id}")
  @Operation(summary = "One document of an access case, as issued (PDF)")
  public ResponseEntity<byte[]> document(@PathVariable String caseReference, @PathVariable long id) {
    requireAccessCase(caseReference);
    return documents.ofCase(caseReference, id).map(PdfResponses::of)
        .orElseThrow(() -> new NotFoundException(ScopeInterceptor.NOT_FOUND));
  }

  /** Maintien cases have their own routes: a provider must not list another provider's orders there. */
  private static void requireAccessCase(String caseReference) {
    if (!caseReference.startsWith("ACC-")) {
      throw new NotFoundException(ScopeInterceptor.NOT_FOUND);
    }
  }
}
