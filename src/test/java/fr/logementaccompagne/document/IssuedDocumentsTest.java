package fr.logementaccompagne.document;

import fr.logementaccompagne.engine.variables.TypedVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.litigation.LitigationCommission.Elements;
import fr.logementaccompagne.process.litigation.LitigationCommission.Vars;
import fr.logementaccompagne.household.HouseholdErasure;
import fr.logementaccompagne.maintien.MaintienAlert;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import fr.logementaccompagne.pathway.CaseReferences;
import fr.logementaccompagne.pathway.Pathway;
import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import fr.logementaccompagne.support.OwnJvm;
import fr.logementaccompagne.support.ProcessDriver;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documents the programme sends (issue 12): each is a PDF that parses, in French, with the landlord's name and
 * its number; it is served as first issued; a user outside its scope gets nothing.
 */
@H2ApplicationTest
@OwnJvm
class IssuedDocumentsTest {

  static final String LANDLORD = "Bailleur social du Nord";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  CaseReferences caseReferences;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IssuedDocumentRepository issuedDocuments;
  @Autowired
  HouseholdErasure erasure;

  private ResponseEntity<byte[]> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private static String text(ResponseEntity<byte[]> response) throws IOException {
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(response.getBody())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** A Roubaix-Tourcoing maintien case (SOLIHA holds lots 1 and 2 there) at the tenant's consent. */
  private ProcessInstance roubaixCase(String arrears, int months) {
    String tenant = "DOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var alert = new MaintienAlert(tenant, "ROU-BAV-07", "ROUBAIX_TOURCOING", new BigDecimal(arrears), months,
        List.of("ARREARS"));
    ProcessInstance instance = runtime.startProcessInstanceByKey(MaintienPathway.KEY,
        caseReferences.next(Pathway.MAINTIEN), TypedVariables.engineValues(alert.toVariables()));
    new ProcessDriver(engine).runEveryJob();
    return instance;
  }

  @Test
  void thePurchaseOrderGoesToItsProviderItsAgencyAndManagersAsIssued() throws IOException {
    ProcessInstance instance = roubaixCase("800", 2);
    Task consent = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(MaintienPathway.Elements.OBTAIN_CONSENT).singleResult();
    tasks.complete(consent.getId(), Map.of(MaintienPathway.Vars.CONSENT_DECISION, "ACCEPTED"));
    new ProcessDriver(engine).runEveryJob();
    String order = jdbc.queryForObject("SELECT order_number FROM purchase_order WHERE case_reference = ?",
        String.class, instance.getBusinessKey());
    String path = "/api/maintien/orders/" + order + "/document";

    ResponseEntity<byte[]> forProvider = get("presta.soliha", path);
    assertThat(text(forProvider)).contains(LANDLORD, "Bon de commande", "N° BC-" + order, order,
        instance.getBusinessKey(), "SOLIHA Métropole Nord", "lot 1 : diagnostic social", "900,00 €",
        "Date : " + LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), "signature");
    assertThat(text(forProvider)).doesNotContain("DOC-");
    assertThat(get("agence.roubaix", path).getBody()).isEqualTo(forProvider.getBody());
    assertThat(get("responsable", path).getBody()).isEqualTo(forProvider.getBody());
    for (String outside : List.of("agence.lille", "marie.visa", "coord.metropole", "unite.contentieux",
        "analyste")) {
      assertThat(get(outside, path).getStatusCode().value()).as(outside).isEqualTo(404);
    }
    assertThat(get("presta.soliha", "/api/maintien/orders/NO-SUCH-ORDER/document").getStatusCode().value())
        .isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM issued_document WHERE document_number = ?",
        Integer.class, "BC-" + order)).isEqualTo(1);
  }

  @Test
  void theAccompanimentOrderPrintsItsPriceScale() throws IOException {
    ProcessInstance instance = roubaixCase("800", 2);
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(MaintienPathway.Elements.OBTAIN_CONSENT).singleResult().getId(),
        Map.of(MaintienPathway.Vars.CONSENT_DECISION, "ACCEPTED"));
    new ProcessDriver(engine).runEveryJob();
    Map<String, Object> diagnostic = new HashMap<>(Map.of(MaintienPathway.Vars.DIAGNOSTIC_CONCLUSION,
        "STANDARD_ACCOMPANIMENT"));
    // five areas at 2: a total of 10, the top of scale 2 (6 to 10) in the accompaniment-scale decision
    for (String area : List.of("Health", "Employment", "Behaviour", "Finances", "Environment")) {
      diagnostic.put("difficulty" + area, 2);
    }
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(MaintienPathway.Elements.PERFORM_DIAGNOSTIC).singleResult().getId(), diagnostic);
    new ProcessDriver(engine).runEveryJob();
    String lot2 = instance.getBusinessKey() + "-L2";
    assertThat(jdbc.queryForObject("SELECT price_scale FROM purchase_order WHERE order_number = ?", Integer.class,
        lot2)).isEqualTo(2);

    String accompaniment = text(get("presta.soliha", "/api/maintien/orders/" + lot2 + "/document"));
    assertThat(accompaniment).contains("lot 2 : accompagnement",
        "Échelle de prix : échelle 2 sur 3 (difficulté totale de 6 à 10)", "2 700,00 €");
    assertThat(text(get("presta.soliha", "/api/maintien/orders/" + instance.getBusinessKey() + "-L1/document")))
        .contains("Échelle de prix : prix forfaitaire du diagnostic social", "900,00 €");
  }

  @Test
  void theDocumentsOfAHouseholdsCasesAreErasedWithItAndOnlyThose() {
    String household = "DOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String closedCase = caseReferences.next(Pathway.MAINTIEN);
    jdbc.update("INSERT INTO household (reference, territory_code) VALUES (?, 'DOUAI')", household);
    jdbc.update("""
            INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code, closed_at, outcome)
            SELECT ?, 'MAINTIEN', id, 'DOUAI', CURRENT_TIMESTAMP, 'COMPLETED' FROM household WHERE reference = ?""",
        closedCase, household);
    issuedDocuments.issue("BC-" + closedCase + "-L1", IssuedDocumentRepository.Kind.PURCHASE_ORDER, closedCase,
        new byte[] {1});
    String otherCase = caseReferences.next(Pathway.MAINTIEN);
    jdbc.update("""
            INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code, closed_at, outcome)
            SELECT ?, 'MAINTIEN', id, 'DOUAI', CURRENT_TIMESTAMP, 'COMPLETED' FROM household
            WHERE reference <> ? FETCH FIRST 1 ROWS ONLY""", otherCase, household);
    issuedDocuments.issue("BC-" + otherCase + "-L1", IssuedDocumentRepository.Kind.PURCHASE_ORDER, otherCase,
        new byte[] {2});

    erasure.erase(household, "demo");

    assertThat(issuedDocuments.ofCase(closedCase)).isEmpty();
    assertThat(issuedDocuments.ofCase(otherCase)).singleElement()
        .satisfies(listed -> assertThat(listed.number()).isEqualTo("BC-" + otherCase + "-L1"));
  }

  @Test
  void theNoticeToThePrefectIsIssuedWhenThePartnerTellsAndListedWithTheCase() throws IOException {
    EngineRestClient rest = new EngineRestClient(http, "demo", "demo");
    Map<String, Object> referral = new HashMap<>(Map.of("householdReference", "DOC-" + UUID.randomUUID().toString()
        .substring(0, 8).toUpperCase(), "partnerCode", "VISA", "territoryCode", "LILLE", "householdSize", 2,
        "dependants", 1, "annualResourcesEur", 15000, "priorityCategories", List.of("LEAVING_SHELTER"),
        "needsMotorAdaptedDwelling", false, "consentToAccompaniment", true));
    JsonNode created = EngineRestClient.json(rest.post("marie.visa", "demo", "/api/referrals", referral).getBody());
    String instance = created.get("processInstanceId").asText();
    String caseReference = created.get("caseReference").asText();
    rest.runAsyncSteps(instance);
    String dwelling = EngineRestClient.json(rest.variable(instance, AccessPathway.Vars.DWELLING_OPTIONS)
        .get("value").asText()).get(0).get("value").asText();
    rest.complete(instance, AccessPathway.Elements.PROPOSE_DWELLING,
        Map.of(AccessPathway.Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    rest.complete(instance, AccessPathway.Elements.ATTRIBUTION_COMMISSION,
        Map.of(AccessPathway.Vars.COMMISSION_DECISION, "ATTRIBUTED"));
    rest.complete(instance, AccessPathway.Elements.SIGN_CONTRACT, Map.of());
    rest.complete(instance, AccessPathway.Elements.AGREE_OBJECTIVES, Map.of());
    rest.fireTimer(instance, AccessPathway.Elements.REVIEW_DUE);
    rest.complete(instance, AccessPathway.Elements.PERIODIC_REVIEW,
        Map.of(AccessPathway.Vars.REVIEW_DECISION, "ADVANCE"));
    rest.complete(instance, AccessPathway.Elements.SIGN_CONTRACT, Map.of());
    rest.complete(instance, AccessPathway.Elements.AGREE_OBJECTIVES, Map.of());
    rest.fireTimer(instance, AccessPathway.Elements.PREFECT_NOTICE_DUE);
    String list = "/api/access/cases/" + caseReference + "/documents";
    assertThat(EngineRestClient.json(new String(get("marie.visa", list).getBody()))).isEmpty();
    assertThat(rest.complete("marie.visa", "demo", instance, AccessPathway.Elements.NOTIFY_PREFECT,
        Map.of("leaseWillSlide", "YES", "prefectNotifiedOn", "2027-09-21")).getStatusCode().value()).isEqualTo(204);

    JsonNode documents = EngineRestClient.json(new String(get("marie.visa", list).getBody()));
    assertThat(documents).hasSize(1);
    assertThat(documents.get(0).get("kind").asText()).isEqualTo("PREFECT_NOTICE");
    assertThat(documents.get(0).get("number").asText()).isEqualTo("AVP-" + caseReference + "-1");
    String one = list + "/" + documents.get(0).get("id").asText();
    assertThat(text(get("marie.visa", one))).contains(LANDLORD, "Information du préfet — bail glissant",
        "N° AVP-" + caseReference + "-1", "Dossier : " + caseReference, dwelling, "VISA",
        "le bail glissera au nom du ménage", "Date d'information : 21/09/2027", "Début du bail glissant : ",
        "Date de la revue : ");
    assertThat(get("agence.lille", one).getStatusCode().value()).isEqualTo(200);
    for (String outside : List.of("paul.apf", "agence.roubaix", "presta.soliha")) {
      assertThat(get(outside, list).getStatusCode().value()).as(outside).isEqualTo(404);
      assertThat(get(outside, one).getStatusCode().value()).as(outside).isEqualTo(404);
    }
  }

  @Test
  void theCommissionsAgendaAndMinutesGoToTheLitigationUnitAndManagers() throws IOException {
    ProcessInstance tenant = roubaixCase("2500", 5);
    LocalDate session = LocalDate.now().plusDays(20);
    identity.setAuthentication("responsable", List.of(Groups.MANAGERS));
    ProcessInstance commission;
    try {
      commission = runtime.startProcessInstanceByKey(LitigationCommission.KEY,
          Map.of(Vars.SESSION_DATE, session.toString()));
    } finally {
      identity.clearAuthentication();
    }
    new ProcessDriver(engine).runEveryJob();
    long id = ((Number) runtime.getVariable(commission.getId(), Vars.COMMISSION_ID)).longValue();
    String number = (String) runtime.getVariable(commission.getId(), Vars.COMMISSION_NUMBER);
    String agenda = "/api/litigation/commissions/" + id + "/agenda";
    String minutes = "/api/litigation/commissions/" + id + "/minutes";
    assertThat(get("unite.contentieux", agenda).getStatusCode().value()).isEqualTo(404);

    tasks.complete(tasks.createTaskQuery().processInstanceId(commission.getId())
        .taskDefinitionKey(Elements.PREPARE_AGENDA).singleResult().getId(),
        Map.of(Vars.PREPARATION_DECISION, "AGENDA_AS_BUILT"));
    new ProcessDriver(engine).runEveryJob();
    String frenchSession = session.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(text(get("unite.contentieux", agenda))).contains(LANDLORD,
        "Ordre du jour de la commission du contentieux", "N° ODJ-" + number, "Date de la séance : " + frenchSession,
        "Dossier " + tenant.getBusinessKey(), "impayés de 2 500,00 € sur 5 mois", "impayés au-delà du seuil",
        "Roubaix");
    assertThat(get("unite.contentieux", minutes).getStatusCode().value()).isEqualTo(404);

    for (Task decision : tasks.createTaskQuery().processInstanceId(commission.getId())
        .taskDefinitionKey(Elements.RECORD_DECISION).list()) {
      tasks.complete(decision.getId(), Map.of(Vars.LITIGATION_DECISION, "PAYMENT_PLAN",
          Vars.DECISION_NOTE, "Apurement sur 12 mois"));
    }
    new ProcessDriver(engine).runEveryJob();
    assertThat(text(get("responsable", minutes))).contains(LANDLORD,
        "Procès-verbal de la commission du contentieux", "N° PV-" + number, "Plan d'apurement",
        "Dossier " + tenant.getBusinessKey(), "Apurement sur 12 mois", "transmise au dossier en cours");
    for (String outside : List.of("agence.roubaix", "presta.soliha", "marie.visa", "analyste")) {
      assertThat(get(outside, agenda).getStatusCode().value()).as(outside).isEqualTo(403);
      assertThat(get(outside, minutes).getStatusCode().value()).as(outside).isEqualTo(403);
    }
  }
}
