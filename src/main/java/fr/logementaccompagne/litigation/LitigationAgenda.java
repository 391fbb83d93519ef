package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.litigation.LitigationCommission;

import fr.logementaccompagne.process.litigation.LitigationCommission.Criterion;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.process.CalledByModels;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agenda of a litigation commission, built from the store (issue 12): maintien cases ended with an eviction
 * procedure, open cases whose arrears reach the thresholds, alerts refused or unanswered at consent, and tenants
 * flagged again soon after a closed case. Each file says where the case stands and which measures the household
 * had, never a need or a diagnosis (GDPR art. 9): the lot-3 psychiatric accompaniment shows as an accompaniment.
 */
@CalledByModels
@Component("litigationAgenda")
public class LitigationAgenda {

  static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final JdbcClient jdbc;
  private final OpenTasks tasks;
  private final LitigationSettings settings;
  private final CommissionRepository commissions;
  private final Clock clock;

  public LitigationAgenda(JdbcClient jdbc, OpenTasks tasks, LitigationSettings settings,
                          CommissionRepository commissions, Clock clock) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.settings = settings;
    this.commissions = commissions;
    this.clock = clock;
  }

  public record AgendaFile(String caseReference, String territory, BigDecimal arrearsAmountEur,
                           Integer arrearsMonths, String stage, Set<Criterion> criteria, List<String> measures) {
  }

  /** The files the store puts on the agenda today, by case reference, each with its criteria. */
  public Map<String, Set<Criterion>> selection() {
    LocalDate today = LocalDate.now(clock);
    Timestamp closedSince = Timestamp.valueOf(today.minus(settings.getClosedWithin()).atStartOfDay());
    Map<String, Set<Criterion>> selected = new TreeMap<>();
    jdbc.sql("""
            SELECT case_reference FROM pathway_case WHERE pathway = 'MAINTIEN' AND final_outcome = 'EVICTION_PROCEDURE'
              AND closed_at >= :since""")
        .param("since", closedSince).query(String.class).list()
        .forEach(reference -> add(selected, reference, Criterion.EVICTION_PROCEDURE));
    jdbc.sql("""
            SELECT c.case_reference FROM pathway_case c JOIN maintien_alert a ON a.case_reference = c.case_reference
            WHERE c.pathway = 'MAINTIEN' AND c.closed_at IS NULL
              AND a.arrears_amount_eur >= :amount AND a.arrears_months >= :months""")
        .param("amount", settings.getArrearsAmountEur()).param("months", settings.getArrearsMonths())
        .query(String.class).list()
        .forEach(reference -> add(selected, reference, Criterion.ARREARS_OVER_THRESHOLD));
    jdbc.sql("""
            SELECT case_reference FROM pathway_case WHERE pathway = 'MAINTIEN' AND outcome = 'CONSENT_REFUSED'
              AND closed_at >= :since""")
        .param("since", closedSince).query(String.class).list()
        .forEach(reference -> add(selected, reference, Criterion.CONSENT_REFUSED));
    unansweredConsents(today).forEach(reference -> add(selected, reference, Criterion.CONSENT_UNANSWERED));
    flaggedAgain().forEach(reference -> add(selected, reference, Criterion.FLAGGED_AGAIN));
    return selected;
  }

  /** Cases whose consent request is still open after the reminder and the escalation. */
  private List<String> unansweredConsents(LocalDate today) {
    var before = today.minus(settings.getConsentUnansweredAfter()).atStartOfDay(clock.getZone()).toInstant();
    List<String> instances = tasks.instancesWaitingAt(MaintienPathway.KEY, MaintienPathway.Elements.OBTAIN_CONSENT,
        before);
    if (instances.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT case_reference FROM pathway_case WHERE process_instance_id IN (:instances)")
        .param("instances", instances).query(String.class).list();
  }

  /** Open cases of a household whose previous maintien case closed less than the set period before. */
  private List<String> flaggedAgain() {
    return jdbc.sql("""
            SELECT c.case_reference, c.opened_at, p.closed_at FROM pathway_case c
            JOIN pathway_case p ON p.household_id = c.household_id AND p.pathway = 'MAINTIEN'
                                   AND p.case_reference <> c.case_reference AND p.closed_at IS NOT NULL
            WHERE c.pathway = 'MAINTIEN' AND c.closed_at IS NULL AND p.closed_at <= c.opened_at""")
        .query((rs, row) -> {
          LocalDateTime opened = rs.getTimestamp("opened_at").toLocalDateTime();
          LocalDateTime previousClosed = rs.getTimestamp("closed_at").toLocalDateTime();
          return previousClosed.isAfter(opened.minus(settings.getFlaggedAgainWithin()))
              ? rs.getString("case_reference") : null;
        })
        .list().stream().filter(reference -> reference != null).distinct().toList();
  }

  private static void add(Map<String, Set<Criterion>> selected, String reference, Criterion criterion) {
    selected.computeIfAbsent(reference, key -> EnumSet.noneOf(Criterion.class)).add(criterion);
  }

  /** The case references the commission examines: the multi-instance collection of the diagram. */
  public List<String> filesOf(Long commissionId) {
    return commissions.filesOnAgenda(commissionId);
  }

  /** A maintien case as the commission sees it, if it exists. */
  public Optional<AgendaFile> describe(String caseReference, Set<Criterion> criteria) {
    return jdbc.sql("""
            SELECT c.case_reference, c.household_id, c.process_instance_id, c.closed_at, c.outcome, c.final_outcome,
                   t.label AS territory, a.arrears_amount_eur, a.arrears_months
            FROM pathway_case c
            LEFT JOIN territory t ON t.code = c.territory_code
            LEFT JOIN maintien_alert a ON a.case_reference = c.case_reference
            WHERE c.case_reference = :case AND c.pathway = 'MAINTIEN'""")
        .param("case", caseReference)
        .query((rs, row) -> new AgendaFile(rs.getString("case_reference"), rs.getString("territory"),
            rs.getBigDecimal("arrears_amount_eur"), (Integer) rs.getObject("arrears_months", Integer.class),
            rs.getTimestamp("closed_at") == null ? openStage(rs.getString("process_instance_id"))
                : "Clos le " + FRENCH_DATE.format(rs.getTimestamp("closed_at").toLocalDateTime()) + " : "
                + FrenchLabels.outcome(rs.getString("outcome"), rs.getString("final_outcome")),
            criteria, measuresOf(rs.getLong("household_id"))))
        .optional();
  }

  /** Every file of a commission, in agenda order, with its stored criteria. */
  public List<AgendaFile> describeAll(List<CommissionRepository.FileRow> rows) {
    List<AgendaFile> files = new ArrayList<>();
    for (var row : rows) {
      Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
      for (String code : row.criteria().split(",")) {
        criteria.add(Criterion.valueOf(code));
      }
      describe(row.caseReference(), criteria).ifPresent(files::add);
    }
    return files;
  }

  private String openStage(String processInstanceId) {
    String current = processInstanceId == null ? "" : tasks.namesOf(processInstanceId)
        .stream().map(LitigationAgenda::withoutCaseReference).distinct().collect(Collectors.joining(" ; "));
    return current.isEmpty() ? "En cours" : "En cours : " + current;
  }

  /** Task names end with their case's reference in Tasklist; the agenda already names the case. */
  private static String withoutCaseReference(String name) {
    int separator = name.indexOf(" · ");
    return separator < 0 ? name : name.substring(0, separator);
  }

  private List<String> measuresOf(long householdId) {
    return jdbc.sql("""
            SELECT kind, start_date, end_date FROM accompaniment_measure WHERE household_id = :household
            ORDER BY start_date, id""")
        .param("household", householdId)
        .query((rs, row) -> FrenchLabels.measure(rs.getString("kind")) + " depuis le "
            + FRENCH_DATE.format(rs.getDate("start_date").toLocalDate())
            + (rs.getDate("end_date") == null ? " (en cours)"
            : " jusqu'au " + FRENCH_DATE.format(rs.getDate("end_date").toLocalDate())))
        .list();
  }

  /** One line per file, for the preparation and decision forms. */
  public String summary(List<AgendaFile> files) {
    if (files.isEmpty()) {
      return "Aucun dossier ne remplit les critères de la commission.";
    }
    return files.stream().map(LitigationAgenda::line).collect(Collectors.joining("\n"));
  }

  static String line(AgendaFile file) {
    return "%s — %s — %s — %s — motifs : %s".formatted(file.caseReference(), file.territory(),
        FrenchLabels.arrears(file.arrearsAmountEur(), file.arrearsMonths()), file.stage(),
        file.criteria().stream().map(FrenchLabels::criterion).collect(Collectors.joining(", ")));
  }
}
