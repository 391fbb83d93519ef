package fr.logementaccompagne.referenceimport;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static fr.logementaccompagne.process.maintien.MaintienPathway.Elements.OBTAIN_CONSENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.PostgresApplicationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Going live on PostgreSQL as an operator would (issue 16): a new territory, its provider market and its dwellings
 * are imported over HTTP from CSV files; then a referral in that territory is walked to a contract on the
 * imported dwelling, and a maintien alert there to an order from the imported market's provider. The territory is
 * new at each run, so only the imported rows can serve these cases, whatever the database already holds.
 */
@PostgresApplicationTest
class GoingLivePostgresTest {

  static final String ADMIN = "demo";
  static final String PASSWORD = PostgresApplicationTest.ADMIN_PASSWORD;

  @Autowired
  TestRestTemplate http;

  @Test
  void importedFilesServeAReferralToAContractAndAnAlertToAnOrder() {
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String territory = "GL_" + run;
    String provider = "GL_PRESTA_" + run;
    String vacantDwelling = "GL-" + run + "-01";
    String tenantsDwelling = "GL-" + run + "-02";
    var csv = new ReferenceCsvClient(http);
    var rest = new EngineRestClient(http, ADMIN, PASSWORD);

    imported(csv.put(ADMIN, PASSWORD, "territories", "Code;Libellé;Bassin\n" + territory + ";Essai " + run
        + ";METROPOLE\n"), 1);
    imported(csv.put(ADMIN, PASSWORD, "provider-markets", "Territoire;Lot;Début;Fin;Prestataire;Nom du prestataire\n"
        + territory + ";1;01/01/2025;31/12/2028;" + provider + ";Prestataire " + run + "\n"
        + territory + ";2;01/01/2025;31/12/2028;" + provider + ";Prestataire " + run + "\n"), 2);
    imported(csv.put(ADMIN, PASSWORD, "dwellings", "\uFEFFreference,territoryCode,commune,district,typology,financing,"
        + "monthlyRentEur,serviceChargesEur,floor,lift,vacant\n"
        + vacantDwelling + "," + territory + ",Lille,Fives,T3,PLAI,\"412,00\",80,2,oui,oui\n"
        + tenantsDwelling + "," + territory + ",Lille,Fives,T2,PLUS,390,70,1,non,non\n"), 2);

    // access: referral, the imported vacant dwelling offered in words, attributed, contract signed
    Map<String, Object> referral = new HashMap<>(Map.of("householdReference", "GLA-" + run, "partnerCode", "VISA",
        "territoryCode", territory, "householdSize", 2, "dependants", 1, "annualResourcesEur", 15000,
        "priorityCategories", List.of("LEAVING_SHELTER"), "needsMotorAdaptedDwelling", false,
        "consentToAccompaniment", true));
    JsonNode created = created(rest.post(ADMIN, PASSWORD, "/api/referrals", referral));
    String instance = created.get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    assertThat(rest.activeTaskKeys(instance)).containsExactly(PROPOSE_DWELLING);
    JsonNode options = EngineRestClient.json(
        rest.variable(instance, AccessPathway.Vars.DWELLING_OPTIONS).get("value").asText());
    assertThat(options).hasSize(1);
    assertThat(options.get(0).get("value").asText()).isEqualTo(vacantDwelling);
    assertThat(options.get(0).get("label").asText())
        .isEqualTo("T3 PLAI, Lille (Fives), 2e étage avec ascenseur, 412 € de loyer + 80 € de charges ("
            + vacantDwelling + ")");
    rest.complete(instance, PROPOSE_DWELLING, Map.of(AccessPathway.Vars.PROPOSED_DWELLING_REFERENCE, vacantDwelling));
    rest.complete(instance, ATTRIBUTION_COMMISSION, Map.of(AccessPathway.Vars.COMMISSION_DECISION, "ATTRIBUTED"));
    rest.runAsyncSteps(instance);
    rest.complete(instance, SIGN_CONTRACT, Map.of());
    rest.runAsyncSteps(instance);
    JsonNode contracts = rest.getJson("/api/households/GLA-" + run + "/contracts");
    assertThat(contracts).hasSize(1);
    assertThat(contracts.get(0).get("dwellingReference").asText()).isEqualTo(vacantDwelling);
    assertThat(contracts.get(0).get("endDate").isNull()).isTrue();

    // the dwelling now holds a contract: its typology can no longer change by import
    ResponseEntity<String> breaking = csv.put(ADMIN, PASSWORD, "dwellings", "Référence;Typologie\n" + vacantDwelling
        + ";T4\n");
    assertThat(breaking.getStatusCode().value()).as(breaking.getBody()).isEqualTo(409);

    // maintien: an alert on the tenant's imported dwelling, consent, lot-1 order from the imported market
    Map<String, Object> alert = new HashMap<>(Map.of("householdReference", "GLM-" + run, "dwellingReference",
        tenantsDwelling, "territoryCode", territory, "arrearsAmountEur", 1200, "arrearsMonths", 3,
        "troubleKinds", List.of("ARREARS")));
    JsonNode alerted = created(rest.post(ADMIN, PASSWORD, "/api/maintien/alerts", alert));
    String maintien = alerted.get("processInstanceId").asText();
    rest.runAsyncSteps(maintien);
    assertThat(rest.activeTaskKeys(maintien)).containsExactly(OBTAIN_CONSENT);
    rest.complete(maintien, OBTAIN_CONSENT, Map.of(MaintienPathway.Vars.CONSENT_DECISION, "ACCEPTED",
        "consentDate", "2026-11-20"));
    JsonNode called = rest.getJson("/engine-rest/process-instance?superProcessInstance=" + maintien);
    rest.runAsyncSteps(called.get(0).get("id").asText());
    rest.runAsyncSteps(maintien);
    JsonNode orders = rest.getJson("/api/maintien/cases/" + alerted.get("caseReference").asText() + "/orders");
    assertThat(orders).hasSize(1);
    assertThat(orders.get(0).toString()).contains(provider);
  }

  private static void imported(ResponseEntity<String> response, int created) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(EngineRestClient.json(response.getBody()).get("created").asInt()).isEqualTo(created);
  }

  private static JsonNode created(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return EngineRestClient.json(response.getBody());
  }
}
