package fr.logementaccompagne.document;

import fr.logementaccompagne.document.IssuedDocumentRepository.Issued;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An issued document as an HTTP answer: a PDF named after its number, opened in the browser. */
public final class PdfResponses {

  private PdfResponses() {
  }

  public static ResponseEntity<byte[]> of(Issued document) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.number() + ".pdf").build().toString())
        .body(document.content());
  }
}
