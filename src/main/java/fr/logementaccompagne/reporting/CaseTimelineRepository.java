package fr.logementaccompagne.reporting;

import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.security.CaseScope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's story in order, for the Cockpit tab: the dwelling and its contracts (hosting, sliding lease, direct
 * lease on the same dwelling), joint reviews with their decision and indicators, measures and purchase orders.
 * Never the need codes of the diagnostic (GDPR art. 9, DESIGN section 7): they are not read here at all.
 */
@Service
public class CaseTimelineRepository {

  private final JdbcClient jdbc;
  private final CaseScope scopes;

  public CaseTimelineRepository(JdbcClient jdbc, CaseScope scopes) {
    this.jdbc = jdbc;
    this.scopes = scopes;
  }

  public record Timeline(String caseReference, String pathway, String partner, String territory, String dwelling,
                         LocalDate openedOn, LocalDate closedOn, List<Event> events) {
  }

  public record Event(LocalDate date, String kind, String title, String detail) {
  }

  /** The timeline of the case behind this process instance, empty when unknown or out of the caller's scope. */
  @Transactional(readOnly = true)
  public Optional<Timeline> ofProcessInstance(String processInstanceId, Caller caller) {
    Optional<String> reference = jdbc.sql("SELECT case_reference FROM pathway_case WHERE process_instance_id = :id")
        .param("id", processInstanceId).query(String.class).optional();
    return reference.filter(ref -> scopes.seesCase(ref, scopes.readable(caller))).map(this::timeline);
  }

  /**
   * The timeline of a case by its reference, ended or not: Cockpit CE shows no ended process instance, so the
   * programme page looks ended cases up here. Empty when unknown or out of the caller's scope, alike.
   */
  @Transactional(readOnly = true)
  public Optional<Timeline> ofCase(String caseReference, Caller caller) {
    return Optional.ofNullable(caseReference).filter(ref -> scopes.seesCase(ref, scopes.readable(caller)))
        .map(this::timeline);
  }

  public record EndedCase(String caseReference, String pathway, LocalDate closedOn, String outcome) {
  }

  /** The cases of the caller's scope closed in the year, the latest first (at most {@value #ENDED_CASES_SHOWN}). */
  @Transactional(readOnly = true)
  public List<EndedCase> endedIn(int year, Caller caller) {
    CaseScope.Condition scope = scopes.readable(caller);
    return jdbc.sql("""
            SELECT pc.case_reference, pc.pathway, pc.closed_at, pc.outcome, pc.final_outcome
            FROM pathway_case pc
            WHERE pc.closed_at >= :yearStart AND pc.closed_at < :nextYearStart AND (""" + scope.sql() + """
            ) ORDER BY pc.closed_at DESC, pc.case_reference FETCH FIRST""" + " " + ENDED_CASES_SHOWN + " ROWS ONLY")
        .param("yearStart", LocalDate.of(year, 1, 1).atStartOfDay())
        .param("nextYearStart", LocalDate.of(year + 1, 1, 1).atStartOfDay())
        .params(scope.params())
        .query((rs, row) -> new EndedCase(rs.getString("case_reference"),
            "ACCESS".equals(rs.getString("pathway")) ? "Accès accompagné" : "Maintien dans le logement",
            rs.getTimestamp("closed_at").toLocalDateTime().toLocalDate(),
            FrenchLabels.caseOutcome(rs.getString("outcome"), rs.getString("final_outcome"))))
        .list();
  }

  static final int ENDED_CASES_SHOWN = 200;

  private Timeline timeline(String caseReference) {
    List<Event> events = new ArrayList<>();
    Timeline header = jdbc.sql("""
            SELECT pc.case_reference, pc.pathway, pa.label AS partner, t.label AS territory,
                   COALESCE(d.reference, md.reference) AS dwelling_reference, COALESCE(d.commune, md.commune) AS commune,
                   COALESCE(d.typology, md.typology) AS typology, pc.opened_at, pc.closed_at, pc.outcome,
                   pc.final_outcome
            FROM pathway_case pc
            LEFT JOIN partner pa ON pa.code = pc.partner_code
            LEFT JOIN territory t ON t.code = pc.territory_code
            LEFT JOIN dwelling d ON d.id = pc.dwelling_id
            LEFT JOIN maintien_alert ma ON ma.case_reference = pc.case_reference
            LEFT JOIN dwelling md ON md.id = ma.dwelling_id
            WHERE pc.case_reference = :case""")
        .param("case", caseReference)
        .query((rs, row) -> {
          LocalDate opened = rs.getTimestamp("opened_at").toLocalDateTime().toLocalDate();
          LocalDate closed = rs.getTimestamp("closed_at") == null ? null
              : rs.getTimestamp("closed_at").toLocalDateTime().toLocalDate();
          boolean access = "ACCESS".equals(rs.getString("pathway"));
          events.add(new Event(opened, "case", access ? "Orientation reçue" : "Alerte de la gestion locative reçue",
              rs.getString("partner") == null ? null : "Partenaire : " + rs.getString("partner")));
          if (closed != null) {
            events.add(new Event(closed, "case", "Dossier clos",
                FrenchLabels.caseOutcome(rs.getString("outcome"), rs.getString("final_outcome"))));
          }
          String dwelling = rs.getString("dwelling_reference") == null ? null
              : rs.getString("dwelling_reference") + " — " + rs.getString("typology") + ", " + rs.getString("commune");
          return new Timeline(rs.getString("case_reference"), access ? "Accès accompagné" : "Maintien dans le logement",
              rs.getString("partner"), rs.getString("territory"), dwelling, opened, closed, List.of());
        })
        .single();
    addContracts(caseReference, events);
    addReviews(caseReference, events);
    addMeasures(caseReference, events);
    addOrders(caseReference, events);
    addCommissionDecisions(caseReference, events);
    events.sort(Comparator.comparing(Event::date));
    return new Timeline(header.caseReference(), header.pathway(), header.partner(), header.territory(),
        header.dwelling(), header.openedOn(), header.closedOn(), List.copyOf(events));
  }

  private void addContracts(String caseReference, List<Event> events) {
    jdbc.sql("""
            SELECT c.status, c.holder, c.start_date, c.end_date, c.end_reason, d.reference AS dwelling
            FROM occupancy_contract c JOIN dwelling d ON d.id = c.dwelling_id
            WHERE c.case_reference = :case ORDER BY c.start_date, c.id""")
        .param("case", caseReference)
        .query((rs, row) -> {
          String status = FrenchLabels.of(FrenchLabels.CONTRACT_STATUS, rs.getString("status"));
          String holder = "PARTNER".equals(rs.getString("holder")) ? "titulaire : l'association"
              : "titulaire : le ménage";
          events.add(new Event(rs.getDate("start_date").toLocalDate(), "contract", status,
              "Logement " + rs.getString("dwelling") + ", " + holder));
          if (rs.getDate("end_date") != null) {
            events.add(new Event(rs.getDate("end_date").toLocalDate(), "contract", "Fin : " + status,
                FrenchLabels.of(FrenchLabels.CONTRACT_END_REASON, rs.getString("end_reason"))));
          }
          return row;
        })
        .list();
  }

  /** Each litigation commission's decision on the case, one per commission, whichever case it reached. */
  private void addCommissionDecisions(String caseReference, List<Event> events) {
    jdbc.sql("""
            SELECT c.commission_number, c.session_date, f.decision, f.decided_at
            FROM litigation_file f JOIN litigation_commission c ON c.id = f.commission_id
            WHERE (f.case_reference = :case OR f.forwarded_to = :case) AND f.decision IS NOT NULL
            ORDER BY c.session_date, c.id""")
        .param("case", caseReference)
        .query((rs, row) -> events.add(new Event(rs.getTimestamp("decided_at").toLocalDateTime().toLocalDate(),
            "litigation", "Commission du contentieux " + rs.getString("commission_number") + " : "
                + FrenchLabels.of(FrenchLabels.LITIGATION_DECISION, rs.getString("decision")),
            "Séance du " + FrenchDates.format(rs.getDate("session_date").toLocalDate()))))
        .list();
  }

  private void addReviews(String caseReference, List<Event> events) {
    jdbc.sql("SELECT * FROM evaluation WHERE case_reference = :case ORDER BY evaluated_on, id")
        .param("case", caseReference)
        .query((rs, row) -> {
          List<String> themes = new ArrayList<>();
          EvaluationFiguresRepository.THEMES.forEach((theme, indicators) -> {
            List<String> levels = new ArrayList<>();
            indicators.forEach(indicator -> levels.add(FrenchLabels.INDICATOR.get(indicator) + " " + FrenchLabels.of(FrenchLabels.LEVEL,
                value(rs, indicator.column()))));
            themes.add(theme + " : " + String.join(", ", levels));
          });
          events.add(new Event(rs.getDate("evaluated_on").toLocalDate(), "review",
              "Revue conjointe : " + FrenchLabels.of(FrenchLabels.REVIEW_DECISION, rs.getString("decision")),
              String.join(" ; ", themes)));
          return row;
        })
        .list();
  }

  private static String value(ResultSet rs, String column) {
    try {
      String value = rs.getString(column);
      return value == null ? "NOT_ASSESSED" : value;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void addMeasures(String caseReference, List<Event> events) {
    jdbc.sql("""
            SELECT kind, provider, source, start_date, end_date FROM accompaniment_measure
            WHERE case_reference = :case OR declared_in_case = :case ORDER BY start_date, id""")
        .param("case", caseReference)
        .query((rs, row) -> {
          String kind = FrenchLabels.of(FrenchLabels.MEASURE_KIND, rs.getString("kind"));
          String source = "DECLARED".equals(rs.getString("source")) ? "mesure de droit commun déclarée"
              : "mesure du programme";
          events.add(new Event(rs.getDate("start_date").toLocalDate(), "measure", "Mesure : " + kind,
              rs.getString("provider") + " (" + source + ")"));
          if (rs.getDate("end_date") != null) {
            events.add(new Event(rs.getDate("end_date").toLocalDate(), "measure", "Fin de mesure : " + kind,
                rs.getString("provider")));
          }
          return row;
        })
        .list();
  }

  private void addOrders(String caseReference, List<Event> events) {
    jdbc.sql("""
            SELECT o.order_number, o.lot_number, p.label AS provider, o.amount_eur, o.status, o.created_at
            FROM purchase_order o JOIN provider p ON p.code = o.provider_code
            WHERE o.case_reference = :case ORDER BY o.created_at""")
        .param("case", caseReference)
        .query((rs, row) -> {
          BigDecimal amount = rs.getBigDecimal("amount_eur");
          events.add(new Event(rs.getTimestamp("created_at").toLocalDateTime().toLocalDate(), "order",
              "Bon de commande " + rs.getString("order_number") + " (lot " + rs.getInt("lot_number") + ")",
              rs.getString("provider") + ", " + CsvTable.text(amount) + " EUR"
                  + ("CANCELLED".equals(rs.getString("status")) ? ", annulé" : "")));
          return row;
        })
        .list();
  }
}
