package fr.logementaccompagne.document;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents as they were issued ({@code issued_document}): written once under their number and served as
 * stored ever after, so the one sent is the one kept. Erased with the household's cases (ADR 12).
 */
@Repository
public class IssuedDocumentRepository {

  public enum Kind { PURCHASE_ORDER, PREFECT_NOTICE, COMMISSION_AGENDA, COMMISSION_MINUTES }

  public record Issued(String number, Kind kind, String caseReference, byte[] content) {
  }

  private final JdbcClient jdbc;

  public IssuedDocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Issued> find(String number) {
    return jdbc.sql("SELECT document_number, kind, case_reference, content FROM issued_document"
            + " WHERE document_number = :number")
        .param("number", number)
        .query((rs, row) -> new Issued(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
            rs.getBytes(4)))
        .optional();
  }

  /** The document under this number, issued now from {@code content} if it never was. */
  public Issued issueOnce(String number, Kind kind, String caseReference, Long commissionId,
                          Supplier<byte[]> content) {
    return find(number).orElseGet(() -> {
      byte[] bytes = content.get();
      try {
        jdbc.sql("""
                INSERT INTO issued_document (document_number, kind, case_reference, commission_id, content)
                VALUES (:number, :kind, :case, :commission, :content)""")
            .param("number", number).param("kind", kind.name()).param("case", caseReference)
            .param("commission", commissionId).param("content", bytes).update();
      } catch (DuplicateKeyException issuedMeanwhile) {
        return find(number).orElseThrow();
      }
      return new Issued(number, kind, caseReference, bytes);
    });
  }

  /** A document as listed with its case: what it is and when it was issued, not its content. */
  public record Listed(long id, String number, Kind kind, LocalDateTime issuedAt) {
  }

  public List<Listed> ofCase(String caseReference) {
    return jdbc.sql("""
            SELECT id, document_number, kind, created_at FROM issued_document WHERE case_reference = :case
            ORDER BY created_at, id""")
        .param("case", caseReference)
        .query((rs, row) -> new Listed(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)),
            rs.getTimestamp(4).toLocalDateTime()))
        .list();
  }

  /** One document of a case by its id; nothing when it belongs to another case. */
  public Optional<Issued> ofCase(String caseReference, long id) {
    return jdbc.sql("""
            SELECT document_number, kind, case_reference, content FROM issued_document
            WHERE id = :id AND case_reference = :case""")
        .param("id", id).param("case", caseReference)
        .query((rs, row) -> new Issued(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
            rs.getBytes(4)))
        .optional();
  }

  /** A new document under a number not used before (a case's successive notices). */
  public Issued issue(String number, Kind kind, String caseReference, byte[] content) {
    jdbc.sql("""
            INSERT INTO issued_document (document_number, kind, case_reference, content)
            VALUES (:number, :kind, :case, :content)""")
        .param("number", number).param("kind", kind.name()).param("case", caseReference).param("content", content)
        .update();
    return new Issued(number, kind, caseReference, content);
  }

  public int countOfCase(String caseReference, Kind kind) {
    return jdbc.sql("SELECT COUNT(*) FROM issued_document WHERE case_reference = :case AND kind = :kind")
        .param("case", caseReference).param("kind", kind.name()).query(Integer.class).single();
  }
}
