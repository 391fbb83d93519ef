package fr.logementaccompagne.reporting;

import fr.logementaccompagne.security.Caller;
import fr.logementaccompagne.security.CaseScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the programme for one caller, over the cases it may read (CaseScope): a manager the whole
 * programme, a coordinator its basin, an agency its territory, a partner its own cases, a provider the cases it
 * holds an order for. Programme-wide targets (quotas, the whole envelope) are shown to the landlord's staff only:
 * a partner never reads programme-wide counts (docs/adr/0021).
 */
@Service
public class ProgrammeReports {

  private final CaseScope scopes;
  private final AccessFiguresRepository access;
  private final LegalRhythmFiguresRepository rhythm;
  private final MaintienFiguresRepository maintien;
  private final EvaluationFiguresRepository evaluation;
  private final Clock clock;

  public ProgrammeReports(CaseScope scopes, AccessFiguresRepository access, LegalRhythmFiguresRepository rhythm,
                          MaintienFiguresRepository maintien, EvaluationFiguresRepository evaluation, Clock clock) {
    this.scopes = scopes;
    this.access = access;
    this.rhythm = rhythm;
    this.maintien = maintien;
    this.evaluation = evaluation;
    this.clock = clock;
  }

  public ProgrammeReport of(int year, Caller caller) {
    return of(year, LocalDate.now(clock), caller);
  }

  @Transactional(readOnly = true)
  public ProgrammeReport of(int year, LocalDate today, Caller caller) {
    ReportPeriod period = ReportPeriod.of(year, today, scopes.readable(caller));
    boolean landlordStaff = isLandlordStaff(caller);
    List<ReportTable> tables = new ArrayList<>();
    if (landlordStaff) {
      tables.add(access.quotas(period));
    }
    tables.add(access.householdsByStatus(period));
    tables.add(access.waitingReferrals(period));
    tables.add(access.medianDurations(period));
    tables.addAll(rhythm.tables(period));
    if (landlordStaff) {
      tables.add(maintien.envelope(period));
    }
    tables.add(maintien.committedByLotAndTerritory(period));
    tables.add(maintien.casesPerStage(period));
    tables.add(maintien.outcomes(period));
    tables.add(evaluation.trends(period));
    return new ProgrammeReport(year, period.asOf(), scopeLabel(caller), List.copyOf(tables));
  }

  /** The landlord's own staff, who already read the quotas and the envelope on /api (CallerRights). */
  static boolean isLandlordStaff(Caller caller) {
    return caller.isAdministrator() || caller.isManager() || !caller.territoryCodes().isEmpty()
        || !caller.basinCodes().isEmpty();
  }

  private static String scopeLabel(Caller caller) {
    if (caller.isAdministrator() || caller.isManager()) {
      return "Tout le programme";
    }
    List<String> parts = new ArrayList<>();
    add(parts, "Bassin", caller.basinCodes());
    add(parts, "Territoire", caller.territoryCodes());
    add(parts, "Partenaire", caller.partnerCodes());
    add(parts, "Prestataire", caller.providerCodes());
    return parts.isEmpty() ? "Aucun dossier" : String.join(" ; ", parts);
  }

  private static void add(List<String> parts, String kind, Set<String> codes) {
    if (!codes.isEmpty()) {
      parts.add(kind + " " + String.join(", ", codes.stream().sorted().toList()));
    }
  }
}
