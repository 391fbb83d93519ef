package fr.logementaccompagne.security;

import fr.logementaccompagne.process.Groups;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the caller of {@code /api} may do (docs/design.md section 7). Which households, cases and orders the caller sees
 * at all is {@link CaseScope}'s (out of scope: 404); these refusals (403) are for callers who may know the thing
 * exists but may not do this with it.
 */
@Component
public class CallerRights {

  private final Authentications authentications;
  private final CaseScopeRepository scopes;
  private final CaseScope scope;

  public CallerRights(Authentications authentications, CaseScopeRepository scopes, CaseScope scope) {
    this.authentications = authentications;
    this.scopes = scopes;
    this.scope = scope;
  }

  public Caller caller() {
    return authentications.current().orElseThrow(() -> new ForbiddenException("Authentification requise"));
  }

  /**
   * Referrals: a partner for itself only; an agency for any partner but in its own territory (its scope, docs/design.md
   * section 7); administrators for anyone.
   */
  public void requireMayReferFor(String partnerCode, String territoryCode) {
    Caller caller = caller();
    boolean allowed = caller.isPartner() ? caller.partnerCodes().contains(partnerCode)
        : caller.isAdministrator() || caller.territoryCodes().contains(territoryCode);
    if (!allowed) {
      throw new ForbiddenException(caller.isPartner() || caller.territoryCodes().isEmpty()
          ? "Vous ne pouvez pas orienter un ménage pour le partenaire " + partnerCode
          : "Vous ne pouvez pas orienter un ménage sur le territoire " + territoryCode);
    }
  }

  /**
   * Maintien alerts: the agency of the dwelling's territory (rental management's account is one of its members),
   * for a tenant that is new or already known in that territory: an agency does not open a case on a household
   * of another territory.
   */
  public void requireMayRaiseAlert(String territoryCode, String householdReference) {
    Caller caller = caller();
    if (!caller.isAdministrator() && !caller.groupIds().contains(Groups.agency(territoryCode))) {
      throw new ForbiddenException("Seule l'agence du territoire " + territoryCode + " peut signaler ce locataire");
    }
    boolean elsewhere = scopes.householdOfAnotherTerritory(householdReference, territoryCode);
    if (elsewhere && !caller.isAdministrator()) {
      throw new ForbiddenException("Seule l'agence du territoire du ménage peut signaler ce locataire");
    }
  }

  /** Budget and orders: the landlord's own staff (agencies, coordination, managers, administrators). */
  public void requireLandlordStaff() {
    Caller caller = caller();
    if (!(caller.isAdministrator() || caller.groupIds().contains(Groups.MANAGERS)
        || caller.inGroupStartingWith(Groups.AGENCY_PREFIX)
        || caller.inGroupStartingWith(Groups.COORDINATOR_PREFIX))) {
      throw new ForbiddenException("Réservé aux équipes du bailleur");
    }
  }

  public void requireAdministrator() {
    if (!caller().isAdministrator()) {
      throw new ForbiddenException("Réservé aux administrateurs");
    }
  }

  public void requireManager() {
    Caller caller = caller();
    if (!(caller.isAdministrator() || caller.groupIds().contains(Groups.MANAGERS))) {
      throw new ForbiddenException("Réservé aux responsables");
    }
  }

  /**
   * Need codes are of GDPR art. 9 nature: the providers who hold an order for one of the household's cases and
   * the coordination of its basin, not the partners, agencies or managers. Out of scope is already a 404
   * ({@link ScopeInterceptor}); this refuses those who see the household but not its needs.
   */
  public void requireMayReadNeeds(String householdReference) {
    if (!scope.seesHousehold(householdReference, scope.needsReadable(caller()))) {
      throw new ForbiddenException("Données de besoins réservées au prestataire et à la coordination");
    }
  }

  /**
   * A measure is declared through a case the caller accompanies and that is still open (an administrator may
   * declare without one): the measure then belongs to that case. Returns that case, or null.
   */
  public String requireOpenCaseToDeclareMeasure(String householdReference) {
    Caller caller = caller();
    return scope.openActionableCase(householdReference, caller).orElseGet(() -> {
      if (caller.isAdministrator()) {
        return null;
      }
      throw new ForbiddenException("Vous ne pouvez déclarer une mesure que pour un ménage que vous accompagnez");
    });
  }
}
