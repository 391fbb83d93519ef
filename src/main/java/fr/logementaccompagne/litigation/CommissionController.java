package fr.logementaccompagne.litigation;

import fr.logementaccompagne.refusal.NotFoundException;
import fr.logementaccompagne.document.IssuedDocumentRepository;
import fr.logementaccompagne.document.PdfResponses;
import fr.logementaccompagne.litigation.CommissionRepository.Commission;
import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.security.CallerRights;
import fr.logementaccompagne.security.ForbiddenException;
import fr.logementaccompagne.process.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The documents of a litigation commission, for the litigation unit, managers and administrators. */
@RestController
@Tag(name = "Litigation commission", description = "Agenda and minutes of the twice-yearly litigation commission")
public class CommissionController {

  private final CommissionRepository commissions;
  private final IssuedDocumentRepository documents;
  private final CallerRights rights;

  public CommissionController(CommissionRepository commissions, IssuedDocumentRepository documents, CallerRights rights) {
    this.commissions = commissions;
    this.documents = documents;
    this.rights = rights;
  }

  @GetMapping(value = "/api/litigation/commissions/{id}/agenda")
  @Operation(summary = "The commission's agenda as settled by the litigation unit (PDF); 404 before that")
  public ResponseEntity<byte[]> agenda(@PathVariable long id) {
    return issued(id, CommissionDocuments::agendaNumber, "L'ordre du jour de cette commission n'est pas encore arrêté");
  }

  @GetMapping(value = "/api/litigation/commissions/{id}/minutes")
  @Operation(summary = "The commission's minutes once every decision is recorded (PDF); 404 before that")
  public ResponseEntity<byte[]> minutes(@PathVariable long id) {
    return issued(id, CommissionDocuments::minutesNumber, "Le procès-verbal de cette commission n'est pas encore établi");
  }

  private ResponseEntity<byte[]> issued(long id, Function<Commission, String> number, String notYet) {
    Caller caller = rights.caller();
    if (!(caller.isAdministrator() || caller.isManager() || caller.groupIds().contains(Groups.LITIGATION))) {
      throw new ForbiddenException("Réservé à l'unité contentieux et aux responsables");
    }
    Commission commission = commissions.find(id).orElseThrow(() -> new NotFoundException("Commission inconnue"));
    return documents.find(number.apply(commission)).map(PdfResponses::of)
        .orElseThrow(() -> new NotFoundException(notYet));
  }
}
