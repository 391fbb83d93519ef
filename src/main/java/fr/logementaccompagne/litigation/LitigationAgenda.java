package fr.logementaccompagne.litigation;

import fr.logementaccompagne.process.CalledByModels;
import fr.logementaccompagne.process.litigation.LitigationCommission.Criterion;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

  private final AgendaRepository rows;
  private final OpenTasks tasks;
  private final LitigationSettings settings;
  private final CommissionRepository commissions;
  private final Clock clock;

  public LitigationAgenda(AgendaRepository rows, OpenTasks tasks, LitigationSettings settings,
                          CommissionRepository commissions, Clock clock) {
    this.rows = rows;
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
    rows.evictionProceduresClosedSince(closedSince)
        .forEach(reference -> add(selected, reference, Criterion.EVICTION_PROCEDURE));
    rows.openWithArrearsFrom(settings.getArrearsAmountEur(), settings.getArrearsMonths())
        .forEach(reference -> add(selected, reference, Criterion.ARREARS_OVER_THRESHOLD));
    rows.consentRefusedClosedSince(closedSince)
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
    return rows.casesOfInstances(instances);
  }

  /** Open cases of a household whose previous maintien case closed less than the set period before. */
  private List<String> flaggedAgain() {
    return rows.reopenedCases().stream()
        .filter(reopened -> reopened.previousClosedAt().isAfter(
            reopened.openedAt().minus(settings.getFlaggedAgainWithin())))
        .map(AgendaRepository.ReopenedCase::caseReference).distinct().toList();
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
    return rows.maintienCase(caseReference).map(row -> new AgendaFile(row.caseReference(), row.territory(),
        row.arrearsAmountEur(), row.arrearsMonths(),
        row.closedAt() == null ? openStage(row.processInstanceId())
            : "Clos le " + FRENCH_DATE.format(row.closedAt()) + " : "
            + FrenchLabels.outcome(row.outcome(), row.finalOutcome()),
        criteria, measuresOf(row.householdId())));
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
    return rows.measuresOf(householdId).stream()
        .map(measure -> FrenchLabels.measure(measure.kind()) + " depuis le " + FRENCH_DATE.format(measure.startDate())
            + (measure.endDate() == null ? " (en cours)" : " jusqu'au " + FRENCH_DATE.format(measure.endDate())))
        .toList();
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
