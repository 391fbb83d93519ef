package fr.logementaccompagne.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the caller of {@code /api} may do with a household's data (DESIGN section 7): the landlord's staff
 * see every household, a partner only the households it referred or accompanies, a provider those it holds an
 * order for. Refusals are 403.
 */
@Component
public class CallerRights {

  private final IdentityService identityService;
  private final JdbcClient jdbc;

  public CallerRights(IdentityService identityService, JdbcClient jdbc) {
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  public Caller caller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ForbiddenException("Authentification requise");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new Caller(authentication.getUserId(), groups);
  }

  /** Referrals: a partner for itself only; agencies and administrators for any partner. */
  public void requireMayReferFor(String partnerCode) {
    Caller caller = caller();
    boolean allowed = caller.isPartner() ? caller.partnerCodes().contains(partnerCode)
        : caller.isAdministrator() || caller.inGroupStartingWith("agency-");
    if (!allowed) {
      throw new ForbiddenException("Vous ne pouvez pas orienter un ménage pour le partenaire " + partnerCode);
    }
  }

  /** Maintien alerts: the agency of the dwelling's territory (rental management's account is one of its members). */
  public void requireMayRaiseAlert(String territoryCode) {
    Caller caller = caller();
    if (!caller.isAdministrator() && !caller.groupIds().contains(Groups.agency(territoryCode))) {
      throw new ForbiddenException("Seule l'agence du territoire " + territoryCode + " peut signaler ce locataire");
    }
  }

  /** Budget and orders: the landlord's own staff (agencies, coordination, managers, administrators). */
  public void requireLandlordStaff() {
    Caller caller = caller();
    if (!(caller.isAdministrator() || caller.groupIds().contains(Groups.MANAGERS)
        || caller.inGroupStartingWith("agency-") || caller.inGroupStartingWith("coordinator-"))) {
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

  public void requireMayReadHousehold(String householdReference) {
    if (!mayAccessHousehold(householdReference, true)) {
      throw new ForbiddenException("Ce ménage n'est pas suivi par votre structure");
    }
  }

  /**
   * Need codes are of GDPR art. 9 nature: the providers who hold an order for the household (they accompany it)
   * and the territorial coordinators, not the partners, agencies or managers.
   */
  public void requireMayReadNeeds(String householdReference) {
    Caller caller = caller();
    boolean allowed = caller.isAdministrator() || caller.inGroupStartingWith("coordinator-")
        || holdsAnOrderFor(caller, householdReference);
    if (!allowed) {
      throw new ForbiddenException("Données de besoins réservées au prestataire et à la coordination");
    }
  }

  public void requireMayDeclareMeasure(String householdReference) {
    if (!mayAccessHousehold(householdReference, false)) {
      throw new ForbiddenException("Vous ne pouvez pas déclarer de mesure pour ce ménage");
    }
  }

  private boolean holdsAnOrderFor(Caller caller, String householdReference) {
    Set<String> providers = caller.providerCodes();
    return !providers.isEmpty() && jdbc.sql("""
            SELECT COUNT(*) FROM household h
            JOIN pathway_case c ON c.household_id = h.id
            JOIN purchase_order o ON o.case_reference = c.case_reference
            WHERE h.reference = :household AND o.provider_code IN (:providers)""")
        .param("household", householdReference).param("providers", providers).query(Integer.class).single() > 0;
  }

  private boolean mayAccessHousehold(String householdReference, boolean readOnly) {
    Caller caller = caller();
    if (caller.isAdministrator() || caller.inGroupStartingWith("agency-")
        || caller.inGroupStartingWith("coordinator-") || caller.groupIds().contains(Groups.PRIORITY_PUBLICS)
        || readOnly && caller.groupIds().contains(Groups.MANAGERS)) {
      return true;
    }
    if (readOnly && holdsAnOrderFor(caller, householdReference)) {
      return true;
    }
    if (!caller.isPartner()) {
      return false;
    }
    return jdbc.sql("""
            SELECT COUNT(*) FROM household h
            WHERE h.reference = :household
              AND (h.referring_partner_code IN (:partners)
                   OR EXISTS (SELECT 1 FROM pathway_case c WHERE c.household_id = h.id AND c.partner_code IN (:partners)))""")
        .param("household", householdReference).param("partners", caller.partnerCodes())
        .query(Integer.class).single() > 0;
  }
}
