package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.process.litigation.LitigationCommission.Criterion;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The commissions and the files on their agendas ({@code litigation_commission}, {@code litigation_file}). */
@Repository
public class CommissionRepository {

  private final JdbcClient jdbc;

  public CommissionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Commission(long id, String number, LocalDate sessionDate, String processInstanceId,
                           LocalDateTime heldAt) {
  }

  public record FileRow(String caseReference, String criteria, boolean onAgenda, String preparationReason,
                        String decision, String decisionNote, String forwardedTo) {
  }

  /** A new commission numbered per year of its session: CDC-2026-01, CDC-2026-02... */
  public Commission create(LocalDate sessionDate, String processInstanceId) {
    int year = sessionDate.getYear();
    int sequence = jdbc.sql("SELECT COUNT(*) FROM litigation_commission WHERE commission_number LIKE :prefix")
        .param("prefix", "CDC-" + year + "-%").query(Integer.class).single() + 1;
    String number = "CDC-%d-%02d".formatted(year, sequence);
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO litigation_commission (commission_number, process_instance_id, session_date)
            VALUES (:number, :instance, :session)""")
        .param("number", number).param("instance", processInstanceId).param("session", sessionDate)
        .update(keys, "id");
    return new Commission(keys.getKey().longValue(), number, sessionDate, processInstanceId, null);
  }

  public Optional<Commission> find(long id) {
    return jdbc.sql("""
            SELECT id, commission_number, session_date, process_instance_id, held_at
            FROM litigation_commission WHERE id = :id""")
        .param("id", id)
        .query((rs, row) -> new Commission(rs.getLong("id"), rs.getString("commission_number"),
            rs.getDate("session_date").toLocalDate(), rs.getString("process_instance_id"),
            rs.getTimestamp("held_at") == null ? null : rs.getTimestamp("held_at").toLocalDateTime()))
        .optional();
  }

  public void addFile(long commissionId, String caseReference, Collection<Criterion> criteria, String reason) {
    int updated = jdbc.sql("""
            UPDATE litigation_file SET on_agenda = TRUE, preparation_reason = :reason
            WHERE commission_id = :commission AND case_reference = :case""")
        .param("reason", reason).param("commission", commissionId).param("case", caseReference).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO litigation_file (commission_id, case_reference, criteria, preparation_reason)
              VALUES (:commission, :case, :criteria, :reason)""")
          .param("commission", commissionId).param("case", caseReference)
          .param("criteria", criteria.stream().map(Enum::name).collect(Collectors.joining(",")))
          .param("reason", reason).update();
    }
  }

  public void removeFile(long commissionId, String caseReference, String reason) {
    jdbc.sql("""
            UPDATE litigation_file SET on_agenda = FALSE, preparation_reason = :reason
            WHERE commission_id = :commission AND case_reference = :case""")
        .param("reason", reason).param("commission", commissionId).param("case", caseReference).update();
  }

  /** Case references of the files the commission examines, in order. */
  public List<String> filesOnAgenda(long commissionId) {
    return jdbc.sql("""
            SELECT case_reference FROM litigation_file WHERE commission_id = :commission AND on_agenda = TRUE
            ORDER BY case_reference""")
        .param("commission", commissionId).query(String.class).list();
  }

  public List<FileRow> files(long commissionId) {
    return jdbc.sql("""
            SELECT case_reference, criteria, on_agenda, preparation_reason, decision, decision_note, forwarded_to
            FROM litigation_file WHERE commission_id = :commission ORDER BY on_agenda DESC, case_reference""")
        .param("commission", commissionId)
        .query((rs, row) -> new FileRow(rs.getString("case_reference"), rs.getString("criteria"),
            rs.getBoolean("on_agenda"), rs.getString("preparation_reason"), rs.getString("decision"),
            rs.getString("decision_note"), rs.getString("forwarded_to")))
        .list();
  }

  public void recordDecision(long commissionId, String caseReference, String decision, String note,
                             String forwardedTo) {
    jdbc.sql("""
            UPDATE litigation_file SET decision = :decision, decision_note = :note, decided_at = CURRENT_TIMESTAMP,
                   forwarded_to = :forwarded
            WHERE commission_id = :commission AND case_reference = :case""")
        .param("decision", decision).param("note", note).param("forwarded", forwardedTo)
        .param("commission", commissionId).param("case", caseReference).update();
  }

  public void markHeld(long commissionId) {
    jdbc.sql("UPDATE litigation_commission SET held_at = CURRENT_TIMESTAMP WHERE id = :id")
        .param("id", commissionId).update();
  }
}
