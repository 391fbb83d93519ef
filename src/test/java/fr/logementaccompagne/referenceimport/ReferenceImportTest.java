package fr.logementaccompagne.referenceimport;

import fr.logementaccompagne.support.OwnJvm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: each importable table takes a good file, changes nothing when it comes again, refuses a file with
 * three bad lines with three errors and imports nothing of it, and refuses a change that would break a row in use.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnJvm
class ReferenceImportTest {

  static final String ADMIN = "demo";
  static final String PASSWORD = "demo";

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcClient jdbc;

  ReferenceCsvClient csv;
  String openCase;

  /**
   * A table's files: a good one (creating and updating rows), one with exactly three bad lines (2, 3 and 4),
   * one that changes a row in use, made in use by {@code inUse} (SQL run first, {@code %s} the open case).
   */
  record TableFiles(String table, String good, String threeBadLines, List<String> inUse, String breaking,
                    String namedInConflict) {

    @Override
    public String toString() {
      return table;
    }
  }

  static Stream<TableFiles> tables() {
    return Stream.of(
        new TableFiles("territories",
            "Code;Libellé;Bassin\nLENS_TEST;Lens (essai);HAINAUT_CAMBRESIS\nLILLE;Lille;METROPOLE\n",
            "code,label,basinCode\nlower case,Mauvais code,METROPOLE\nSANS_LIBELLE,,METROPOLE\nX_TEST,X,INCONNU\n",
            List.of(), "Code;Libellé;Bassin\nLILLE;Lille;FLANDRES_LITTORAL\n", "territoire LILLE"),
        new TableFiles("partners",
            "Code;Libellé\nASSO_TEST;Association d'essai\nVISA;VISA\n",
            "Code;Libellé\nbad;Minuscules\nVIDE;\nTROP_LONG_" + "X".repeat(40) + ";Trop long\n",
            List.of(), null, null),
        new TableFiles("dwellings",
            "Référence;Territoire;Commune;Quartier;Typologie;Financement;Adapté handicap moteur;Loyer mensuel (€);"
                + "Étage;Ascenseur\n"
                + "TST-0001;LILLE;Lille;Fives;T3;PLAI;non;412,00;2;oui\n"
                + "AVE-STD-01;AVESNOIS;Maubeuge;Sous-le-Bois;T3;PLAI;non;399,00;1;non\n",
            "reference,territoryCode,commune,typology,financing,monthlyRentEur\n"
                + "TST-0101,NOWHERE,Lille,T3,PLAI,400\n"
                + "TST-0102,LILLE,Lille,T9,PLAI,400\n"
                + "TST-0103,LILLE,Lille,T3,PLAI,beaucoup\n",
            List.of("UPDATE pathway_case SET dwelling_id = (SELECT id FROM dwelling WHERE reference = 'DOU-STD-01')"
                + " WHERE case_reference = '%s'"),
            "Référence;Typologie\nDOU-STD-01;T4\n", "logement DOU-STD-01"),
        new TableFiles("provider-markets",
            "Territoire;Lot;Début;Fin;Prestataire;Nom du prestataire\n"
                + "DOUAI;1;01/01/2029;31/12/2032;PRESTA_TEST;Prestataire d'essai\n"
                + "LILLE;2;01/01/2025;31/12/2028;SOLIHA;SOLIHA Métropole Nord\n",
            "Territoire;Lot;Début;Fin;Prestataire\nDOUAI;4;01/01/2029;31/12/2032;SOLIHA\n"
                + "DOUAI;2;01/01/2033;31/12/2032;SOLIHA\nDOUAI;3;01/01/2029;31/12/2032;NOUVEAU_SANS_NOM\n",
            List.of("INSERT INTO purchase_order (order_number, case_reference, lot_number, provider_code,"
                + " territory_code, budget_year, amount_eur, status, created_at) VALUES ('%1$s-L1', '%1$s', 1,"
                + " 'AFEJI', 'DOUAI', 2026, 900, 'COMMITTED', TIMESTAMP '2026-03-02 10:00:00')"),
            "Territoire;Lot;Début;Fin;Prestataire\nDOUAI;1;01/01/2025;31/12/2028;SOLIHA\n", "marché DOUAI / 1"),
        new TableFiles("budget-envelopes",
            "Année;Montant (€)\n2030;600 000,00\n2026;500000\n",
            "Année;Montant (€)\ndeux mille;100\n2031;-5\n2032;\n",
            List.of("UPDATE budget_envelope SET committed_eur = 120000 WHERE budget_year = 2026"),
            "Année;Montant (€)\n2026;100000\n", "enveloppe 2026"),
        new TableFiles("quotas",
            "Année;Code;Libellé;Objectif\n2030;LEAVING_HOSTING;Sortants d'hébergement;25\n"
                + "2026;MOTOR_DISABILITY;Personnes en situation de handicap moteur (APF, habitat inclusif);10\n",
            "Année;Code;Libellé;Objectif\n2030;INVENTE;Inventé;3\n2030;MOTOR_DISABILITY;Handicap;-1\n;LEAVING_HOSTING;X;1\n",
            List.of("INSERT INTO quota_attribution (quota_year, quota_code, case_reference, attributed_on)"
                + " VALUES (2026, 'LEAVING_HOSTING', '%s', DATE '2026-03-02')"),
            "Année;Code;Libellé;Objectif\n2026;LEAVING_HOSTING;Ménages sortant de structures d'hébergement;0\n",
            "objectif 2026 / LEAVING_HOSTING"));
  }

  @BeforeAll
  void openCase() {
    csv = new ReferenceCsvClient(http);
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    jdbc.sql("INSERT INTO household (reference, territory_code) VALUES (:reference, 'LILLE')")
        .param("reference", "IMP-" + suffix).update();
    openCase = "ACC-T-" + suffix;
    jdbc.sql("""
            INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code)
            SELECT :case, 'ACCESS', id, 'LILLE' FROM household WHERE reference = :reference""")
        .param("case", openCase).param("reference", "IMP-" + suffix).update();
  }

  @ParameterizedTest
  @MethodSource("tables")
  void aGoodFileIsImportedOnceThenChangesNothing(TableFiles files) {
    int audits = audits(files.table());
    ResponseEntity<String> first = csv.put(ADMIN, PASSWORD, files.table(), files.good());
    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
    JsonNode counts = EngineRestClient.json(first.getBody());
    assertThat(counts.get("created").asInt()).isEqualTo(1);
    assertThat(counts.get("updated").asInt() + counts.get("unchanged").asInt()).isEqualTo(1);
    JsonNode after = csv.rows(ADMIN, PASSWORD, files.table());

    ResponseEntity<String> again = csv.put(ADMIN, PASSWORD, files.table(), files.good());
    assertThat(EngineRestClient.json(again.getBody()).get("unchanged").asInt()).isEqualTo(2);
    assertThat(EngineRestClient.json(again.getBody()).get("created").asInt()).isZero();
    assertThat(EngineRestClient.json(again.getBody()).get("updated").asInt()).isZero();
    assertThat(csv.rows(ADMIN, PASSWORD, files.table())).isEqualTo(after);
    assertThat(audits(files.table())).isEqualTo(audits + 2);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void threeBadLinesGiveThreeErrorsAndNothingIsImported(TableFiles files) {
    JsonNode before = csv.rows(ADMIN, PASSWORD, files.table());
    int audits = audits(files.table());
    ResponseEntity<String> response = csv.put(ADMIN, PASSWORD, files.table(), files.threeBadLines());
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    JsonNode errors = EngineRestClient.json(response.getBody()).get("errors");
    List<Integer> lines = new ArrayList<>();
    errors.forEach(error -> {
      lines.add(error.get("line").asInt());
      assertThat(error.get("column").asText()).as(error.toString()).isNotBlank();
      assertThat(error.get("rule").asText()).isNotBlank();
    });
    assertThat(lines).as(response.getBody()).containsExactly(2, 3, 4);
    assertThat(csv.rows(ADMIN, PASSWORD, files.table())).isEqualTo(before);
    assertThat(audits(files.table())).isEqualTo(audits);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void aChangeThatBreaksARowInUseIsRefusedAndChangesNothing(TableFiles files) {
    if (files.breaking() == null) {
      // a partner's only non-key column is its label: renaming it breaks nothing and is accepted
      ResponseEntity<String> rename = csv.put(ADMIN, PASSWORD, files.table(), "Code;Libellé\nABEJ;ABEJ Solidarité (Lille)\n");
      assertThat(EngineRestClient.json(rename.getBody()).get("updated").asInt()).isEqualTo(1);
      return;
    }
    files.inUse().forEach(sql -> jdbc.sql(sql.formatted(openCase)).update());
    JsonNode before = csv.rows(ADMIN, PASSWORD, files.table());
    ResponseEntity<String> response = csv.put(ADMIN, PASSWORD, files.table(), files.breaking());
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(409);
    assertThat(response.getBody()).contains(files.namedInConflict());
    assertThat(csv.rows(ADMIN, PASSWORD, files.table())).isEqualTo(before);
  }

  @Test
  void commaSeparatedEnglishHeadersWithABomAndTheVacancyFeedUpdateOnlyTheirColumns() {
    byte[] withBom = ("\uFEFFreference,territoryCode,commune,typology,financing,monthlyRentEur,floor\n"
        + "TST-0500,LILLE,Lille,T2,PLAI,\"350,50\",1\n").getBytes(StandardCharsets.UTF_8);
    assertThat(csv.put(ADMIN, PASSWORD, "dwellings", withBom).getStatusCode().value()).isEqualTo(200);

    ResponseEntity<String> feed = csv.put(ADMIN, PASSWORD, "dwellings",
        "Référence;Vacant;Disponible le\nTST-0500;non;15/09/2026\n");
    assertThat(EngineRestClient.json(feed.getBody()).get("updated").asInt()).as(feed.getBody()).isEqualTo(1);
    JsonNode row = dwelling("TST-0500");
    assertThat(row.get("vacant").asBoolean()).isFalse();
    assertThat(row.get("availableFrom").asText()).isEqualTo("2026-09-15");
    assertThat(row.get("monthlyRentEur").decimalValue()).isEqualByComparingTo("350.50");
    assertThat(row.get("typology").asText()).isEqualTo("T2");

    ResponseEntity<String> unknown = csv.put(ADMIN, PASSWORD, "dwellings", "Référence;Vacant\nTST-9999;oui\n");
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody()).contains("colonne obligatoire pour créer");
  }

  @Test
  void aDwellingReportedVacantUnderTheDirectLeaseOfAnEndedPathwayFreesItAndOnlyThen() {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String let = "TST-L" + suffix;
    String empty = "TST-E" + suffix;
    csv.put(ADMIN, PASSWORD, "dwellings", "Référence;Territoire;Commune;Typologie;Financement;Vacant\n"
        + let + ";LILLE;Lille;T3;PLAI;non\n" + empty + ";LILLE;Lille;T2;PLAI;non\n");
    String household = "IMP-L" + suffix;
    String endedCase = "ACC-E-" + suffix;
    jdbc.sql("INSERT INTO household (reference, territory_code) VALUES (:reference, 'LILLE')")
        .param("reference", household).update();
    jdbc.sql("""
            INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code, closed_at, outcome)
            SELECT :case, 'ACCESS', id, 'LILLE', TIMESTAMP '2026-06-30 10:00:00', 'COMPLETED'
            FROM household WHERE reference = :household""")
        .param("case", endedCase).param("household", household).update();
    jdbc.sql("""
            INSERT INTO occupancy_contract (dwelling_id, household_id, status, holder, partner_code, start_date,
                                            case_reference)
            SELECT d.id, h.id, 'DIRECT_LEASE', 'HOUSEHOLD', 'VISA', DATE '2025-06-01', :case
            FROM dwelling d, household h WHERE d.reference = :dwelling AND h.reference = :household""")
        .param("case", endedCase).param("dwelling", let).param("household", household).update();

    // still let, and an empty dwelling reported vacant: no departure
    ResponseEntity<String> quiet = csv.put(ADMIN, PASSWORD, "dwellings",
        "Référence;Vacant\n" + let + ";non\n" + empty + ";oui\n");
    assertThat(quiet.getStatusCode().value()).as(quiet.getBody()).isEqualTo(200);
    assertThat(EngineRestClient.json(quiet.getBody()).has("departures")).as(quiet.getBody()).isFalse();
    assertThat(openContracts(let)).isEqualTo(1);

    ResponseEntity<String> left = csv.put(ADMIN, PASSWORD, "dwellings", "Référence;Vacant\n" + let + ";oui\n");
    JsonNode departure = EngineRestClient.json(left.getBody()).get("departures").get(0);
    assertThat(departure.get("dwellingReference").asText()).isEqualTo(let);
    assertThat(departure.get("caseReference").asText()).isEqualTo(endedCase);
    assertThat(departure.get("pathwayMovedOn").asBoolean()).as("the pathway had already ended").isFalse();
    assertThat(openContracts(let)).isZero();
    assertThat(jdbc.sql("SELECT end_reason FROM occupancy_contract WHERE case_reference = :case")
        .param("case", endedCase).query(String.class).single()).isEqualTo("REPORTED_VACANT");
    JsonNode contract = EngineRestClient.json(http.withBasicAuth("agence.lille", PASSWORD)
        .getForEntity("/api/households/" + household + "/contracts", String.class).getBody()).get(0);
    assertThat(contract.get("endReason").asText()).isEqualTo("REPORTED_VACANT");
    assertThat(contract.get("endDate").isNull()).isFalse();
  }

  private int openContracts(String dwelling) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM occupancy_contract c JOIN dwelling d ON d.id = c.dwelling_id
            WHERE d.reference = :dwelling AND c.end_date IS NULL""")
        .param("dwelling", dwelling).query(Integer.class).single();
  }

  @Test
  void theCsvExportIsImportedBackUnchanged() {
    for (String table : List.of("territories", "partners", "provider-markets", "dwellings", "budget-envelopes",
        "quotas")) {
      ResponseEntity<String> export = csv.get("responsable", PASSWORD, table, MediaType.valueOf("text/csv"));
      assertThat(export.getStatusCode().value()).isEqualTo(200);
      assertThat(export.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv"))).isTrue();
      ResponseEntity<String> back = csv.put(ADMIN, PASSWORD, table, export.getBody());
      JsonNode counts = EngineRestClient.json(back.getBody());
      assertThat(counts.get("created").asInt() + counts.get("updated").asInt()).as(table + back.getBody()).isZero();
      assertThat(counts.get("unchanged").asInt()).isPositive();
    }
  }

  @Test
  void eachImportLeavesAnAuditLineWithoutTheRows() {
    csv.put(ADMIN, PASSWORD, "partners", "Code;Libellé\nAES;AES du Nord\n");
    var last = jdbc.sql("""
            SELECT imported_by, table_name, created_count, updated_count, unchanged_count
            FROM reference_import_audit ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""").query().singleRow();
    assertThat(last).containsEntry("IMPORTED_BY", ADMIN).containsEntry("TABLE_NAME", "partners")
        .containsEntry("UNCHANGED_COUNT", 1);
  }

  @Test
  void managersReadButDoNotImportAndOthersDoNeither() {
    assertThat(csv.get("responsable", PASSWORD, "dwellings", MediaType.APPLICATION_JSON).getStatusCode().value())
        .isEqualTo(200);
    JsonNode before = csv.rows(ADMIN, PASSWORD, "partners");
    for (String person : List.of("responsable", "marie.visa", "agence.lille", "analyste")) {
      assertThat(csv.put(person, PASSWORD, "partners", "Code;Libellé\nVISA;Réécrit\n").getStatusCode().value())
          .as(person).isEqualTo(403);
    }
    assertThat(csv.get("marie.visa", PASSWORD, "dwellings", MediaType.APPLICATION_JSON).getStatusCode().value())
        .isEqualTo(403);
    assertThat(csv.rows(ADMIN, PASSWORD, "partners")).isEqualTo(before);
  }

  private JsonNode dwelling(String reference) {
    for (JsonNode row : csv.rows(ADMIN, PASSWORD, "dwellings")) {
      if (row.get("reference").asText().equals(reference)) {
        return row;
      }
    }
    throw new AssertionError("no dwelling " + reference);
  }

  private int audits(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM reference_import_audit WHERE table_name = :table").param("table", table)
        .query(Integer.class).single();
  }
}
