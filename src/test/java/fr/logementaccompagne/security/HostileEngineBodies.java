package fr.logementaccompagne.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Hostile request bodies for Camunda's REST routes, drawn from a seeded {@link Random} so that a failing run can be
 * replayed. Every body is built so that it must be refused whoever sends it: a variable value that cannot be stored,
 * a body of the wrong shape, or a variable that no caller may write (the case's identity, an empty name). Bodies are
 * JSON text, not trees, so that they can be wrong in ways a JSON library would not write.
 */
final class HostileEngineBodies {

  /** A request body: what it is (for the report), its bytes and its content type (null: none sent). */
  record Body(String kind, byte[] bytes, String contentType) {
    static Body json(String kind, String text) {
      return new Body(kind, text.getBytes(UTF_8), "application/json");
    }
  }

  /** A variable value of the form {@code {"value", "type", "valueInfo"}} that no route may store. */
  record Value(String kind, String json) {
  }

  static final String BASE64 = "aGVsbG8=";
  /** Names of variables no one may write through these routes: the case's identity, or not a name at all. */
  static final List<String> FORBIDDEN_NAMES = List.of("caseReference", "householdId", "partnerCode",
      "territoryCode", "basinCode", "householdReference", "");
  /** Names a completion might carry; with a hostile value, each must still be refused. */
  static final List<String> TASK_NAMES = List.of("proposedDwellingReference", "commissionDecision", "foo",
      " ", "<script>alert(1)</script>", "'; DROP TABLE ACT_RU_VARIABLE; --", "a".repeat(300), "caseReference", "");

  static final List<Value> VALUES = List.of(
      new Value("JSON null", "null"),
      new Value("text instead of an object", "\"x\""),
      new Value("array instead of an object", "[]"),
      new Value("number instead of an object", "12"),
      new Value("{\"type\":\"\"}", "{\"type\":\"\"}"),
      new Value("empty type", "{\"value\":\"x\",\"type\":\"\"}"),
      new Value("blank type", "{\"value\":\"x\",\"type\":\"  \"}"),
      new Value("unknown type", "{\"value\":\"x\",\"type\":\"Unicorn\"}"),
      new Value("type as a number", "{\"value\":\"x\",\"type\":12}"),
      new Value("type as an array", "{\"value\":\"x\",\"type\":[\"String\"]}"),
      new Value("type as an object", "{\"value\":\"x\",\"type\":{\"name\":\"String\"}}"),
      new Value("boolean for Integer", "{\"value\":true,\"type\":\"Integer\"}"),
      new Value("boolean for Long", "{\"value\":false,\"type\":\"Long\"}"),
      new Value("boolean for Double", "{\"value\":true,\"type\":\"Double\"}"),
      new Value("boolean for Short", "{\"value\":true,\"type\":\"Short\"}"),
      new Value("object for String", "{\"value\":{\"a\":1},\"type\":\"String\"}"),
      new Value("array for String", "{\"value\":[\"a\"],\"type\":\"String\"}"),
      new Value("object for Integer", "{\"value\":{\"a\":1},\"type\":\"Integer\"}"),
      new Value("untyped object", "{\"value\":{\"a\":{\"b\":[1,null]}}}"),
      new Value("untyped array with null", "{\"value\":[null]}"),
      new Value("untyped nested arrays", "{\"value\":[1,[2,[3,[null]]]]}"),
      new Value("1e400 for Integer", "{\"value\":1e400,\"type\":\"Integer\"}"),
      new Value("1e400 for Double", "{\"value\":1e400,\"type\":\"Double\"}"),
      new Value("untyped 1e400", "{\"value\":1e400}"),
      new Value("30 digits for Long", "{\"value\":123456789012345678901234567890,\"type\":\"Long\"}"),
      new Value("untyped 2000 digits", "{\"value\":" + "9".repeat(2000) + "}"),
      new Value("Integer overflow", "{\"value\":3000000000,\"type\":\"Integer\"}"),
      new Value("Short overflow", "{\"value\":70000,\"type\":\"Short\"}"),
      new Value("decimal for Integer", "{\"value\":1.5,\"type\":\"Integer\"}"),
      new Value("NaN for Double", "{\"value\":\"NaN\",\"type\":\"Double\"}"),
      new Value("NaN for Integer", "{\"value\":\"NaN\",\"type\":\"Integer\"}"),
      new Value("Infinity for Long", "{\"value\":\"Infinity\",\"type\":\"Long\"}"),
      new Value("text for Integer", "{\"value\":\"douze\",\"type\":\"Integer\"}"),
      new Value("bad Boolean", "{\"value\":\"peut-être\",\"type\":\"Boolean\"}"),
      new Value("number for Boolean", "{\"value\":2,\"type\":\"Boolean\"}"),
      new Value("Date: month 13", "{\"value\":\"2026-13-45T00:00:00.000+0100\",\"type\":\"Date\"}"),
      new Value("Date: a word", "{\"value\":\"hier\",\"type\":\"Date\"}"),
      new Value("Date: a number", "{\"value\":12,\"type\":\"Date\"}"),
      new Value("Date: ISO without offset", "{\"value\":\"2026-01-01\",\"type\":\"Date\"}"),
      new Value("Date: an object", "{\"value\":{\"y\":2026},\"type\":\"Date\"}"),
      new Value("File without valueInfo", "{\"value\":\"" + BASE64 + "\",\"type\":\"File\"}"),
      new Value("File with empty valueInfo", "{\"value\":\"" + BASE64 + "\",\"type\":\"File\",\"valueInfo\":{}}"),
      new Value("File, not base64", "{\"value\":\"%%%\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"a.txt\"}}"),
      new Value("File, valueInfo of wrong types", "{\"value\":\"" + BASE64 + "\",\"type\":\"File\",\"valueInfo\":"
          + "{\"filename\":[\"a\"],\"mimetype\":{},\"encoding\":12}}"),
      new Value("File, unknown encoding", "{\"value\":\"" + BASE64 + "\",\"type\":\"File\",\"valueInfo\":"
          + "{\"filename\":\"a.txt\",\"encoding\":\"x-no-such-charset\"}}"),
      new Value("File, value an object", "{\"value\":{\"a\":1},\"type\":\"File\",\"valueInfo\":"
          + "{\"filename\":\"a.txt\"}}"),
      new Value("Bytes, not base64", "{\"value\":\"%%%\",\"type\":\"Bytes\"}"),
      new Value("Bytes, a number", "{\"value\":12,\"type\":\"Bytes\"}"),
      new Value("Bytes, an object", "{\"value\":{\"a\":1},\"type\":\"Bytes\"}"),
      new Value("Object without valueInfo", "{\"value\":\"{}\",\"type\":\"Object\"}"),
      new Value("Object, Java serialization", "{\"value\":\"rO0ABXQAAXg=\",\"type\":\"Object\",\"valueInfo\":"
          + "{\"objectTypeName\":\"java.lang.String\","
          + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}"),
      new Value("Object, unknown class", "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":"
          + "{\"objectTypeName\":\"no.such.Type\",\"serializationDataFormat\":\"application/json\"}}"),
      new Value("Object, gadget class", "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":"
          + "{\"objectTypeName\":\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}"),
      new Value("Object, bad JSON", "{\"value\":\"{bad\",\"type\":\"Object\",\"valueInfo\":"
          + "{\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":\"application/json\"}}"),
      new Value("Object, value an object", "{\"value\":{\"a\":1},\"type\":\"Object\",\"valueInfo\":"
          + "{\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":\"application/json\"}}"),
      new Value("Object, valueInfo of wrong types", "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":"
          + "{\"objectTypeName\":12,\"serializationDataFormat\":[]}}"),
      new Value("Json, bad", "{\"value\":\"{bad\",\"type\":\"Json\"}"),
      new Value("Xml", "{\"value\":\"<a/>\",\"type\":\"Xml\"}"),
      new Value("Null type with a value", "{\"value\":\"x\",\"type\":\"Null\"}"),
      new Value("valueInfo a string", "{\"value\":\"x\",\"type\":\"String\",\"valueInfo\":\"oops\"}"),
      new Value("valueInfo an array", "{\"value\":\"x\",\"type\":\"String\",\"valueInfo\":[1]}"),
      new Value("transient not a boolean", "{\"value\":\"x\",\"type\":\"String\",\"valueInfo\":"
          + "{\"transient\":\"oui\"}}"),
      new Value("unknown field", "{\"value\":\"x\",\"type\":\"String\",\"foo\":1}"),
      new Value("NUL character", "{\"value\":\"a\\u0000b\",\"type\":\"String\"}"),
      new Value("lone surrogate escape", "{\"value\":\"\\ud800\",\"type\":\"String\"}"),
      new Value("value nested 1,500 deep", "{\"value\":" + "[".repeat(1500) + "]".repeat(1500) + "}"),
      new Value("value 200,000 characters", "{\"value\":\"" + "x".repeat(200_000) + "\",\"type\":\"String\"}"));

  private final Random random;

  HostileEngineBodies(Random random) {
    this.random = random;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  Value value() {
    return pick(VALUES);
  }

  /** Whole-body attacks, whatever the route expects. */
  Body malformed() {
    return switch (random.nextInt(20)) {
      case 0 -> new Body("no body", new byte[0], "application/json");
      case 1 -> Body.json("JSON null", "null");
      case 2 -> Body.json("JSON array", "[]");
      case 3 -> Body.json("JSON array of null", "[null]");
      case 4 -> Body.json("JSON string", "\"hello\"");
      case 5 -> Body.json("JSON number", "42");
      case 6 -> Body.json("JSON true", "true");
      case 7 -> Body.json("truncated", "{\"variables\":{\"a\":{\"value\":");
      case 8 -> Body.json("trailing garbage", "{}xyz");
      case 9 -> Body.json("body nested 5,000 deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
      case 10 -> new Body("2 MB body", twoMegabytes(), "application/json");
      case 11 -> new Body("invalid UTF-8", concat("{\"variables\":{\"a\":{\"value\":\"".getBytes(UTF_8),
          new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}}}".getBytes(UTF_8)),
          "application/json");
      case 12 -> new Body("UTF-16 byte order mark", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
          "{}".getBytes(UTF_8)), "application/json");
      case 13 -> new Body("text/plain", "{}".getBytes(UTF_8), "text/plain");
      case 14 -> new Body("no content type", "{}".getBytes(UTF_8), null);
      case 15 -> new Body("application/xml", "<variables/>".getBytes(UTF_8), "application/xml");
      case 16 -> new Body("UTF-8 sent as UTF-16", "{\"a\":1}".getBytes(UTF_8),
          "application/json; charset=UTF-16");
      case 17 -> new Body("multipart without boundary", "{}".getBytes(UTF_8), "multipart/form-data");
      case 18 -> Body.json("control character", "{\"a\u0001\":1}");
      default -> Body.json("duplicate keys", "{\"variables\":{},\"variables\":null}");
    };
  }

  /** A map of variables, none of which may be stored, or a map that is not one. */
  String variables(List<String> names) {
    switch (random.nextInt(12)) {
      case 0:
        return "null";
      case 1:
        return "[]";
      case 2:
        return "\"x\"";
      case 3:
        return "{\"a\":null}";
      default:
        StringJoiner map = new StringJoiner(",", "{", "}");
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
          map.add(quote(pick(names)) + ":" + value().json());
        }
        return map.toString();
    }
  }

  /** The kind of a variables map, for the report: the first value's kind is enough to replay it. */
  Body completion(List<String> names) {
    if (random.nextInt(8) == 0) {
      return malformed();
    }
    String variables = variables(names);
    String extra = switch (random.nextInt(5)) {
      case 0 -> ",\"withVariablesInReturn\":\"oui\"";
      case 1 -> ",\"withVariablesInReturn\":null";
      case 2 -> ",\"foo\":1";
      default -> "";
    };
    return Body.json("completion " + describe(variables) + (extra.isEmpty() ? "" : " +" + extra.substring(1, 8)),
        "{\"variables\":" + variables + extra + "}");
  }

  /**
   * A start or start form submission. The near-valid referral is refused because one required field gets a
   * hostile value; the rest carry hostile maps, chosen business keys or partial starts.
   */
  Body start(Map<String, String> validReferral, List<String> required) {
    int choice = random.nextInt(10);
    if (choice == 0) {
      return malformed();
    }
    if (choice <= 4) {
      Map<String, String> referral = new LinkedHashMap<>(validReferral);
      String field = pick(required);
      Value bad = value();
      referral.put(field, bad.json());
      StringJoiner map = new StringJoiner(",", "{", "}");
      referral.forEach((name, json) -> map.add(quote(name) + ":" + json));
      return Body.json("referral, " + field + ": " + bad.kind(), "{\"variables\":" + map + "}");
    }
    String variables = variables(TASK_NAMES);
    String extra = switch (random.nextInt(8)) {
      case 0 -> ",\"businessKey\":{\"a\":1}";
      case 1 -> ",\"businessKey\":12";
      case 2 -> ",\"skipCustomListeners\":\"oui\"";
      case 3 -> ",\"startInstructions\":[null]";
      case 4 -> ",\"startInstructions\":[{\"type\":\"nope\"}]";
      case 5 -> ",\"startInstructions\":\"x\"";
      case 6 -> ",\"caseInstanceId\":[]";
      default -> "";
    };
    return Body.json("start " + describe(variables) + (extra.isEmpty() ? "" : " +" + extra.substring(1, 12)),
        "{\"variables\":" + variables + extra + "}");
  }

  /** PUT of one variable: the body is a hostile value. */
  Body putValue() {
    if (random.nextInt(8) == 0) {
      return malformed();
    }
    Value value = value();
    return Body.json("value: " + value.kind(), value.json());
  }

  /** POST of modifications and deletions, each naming a variable no one may write. */
  Body modifications() {
    if (random.nextInt(8) == 0) {
      return malformed();
    }
    String deletions = switch (random.nextInt(8)) {
      case 0 -> "[null]";
      case 1 -> "\"caseReference\"";
      case 2 -> "[12,{}]";
      case 3 -> "[\"\"]";
      case 4 -> "[\"partnerCode\"]";
      case 5 -> "{}";
      default -> null;
    };
    String modifications = variables(FORBIDDEN_NAMES);
    String body = deletions == null ? "{\"modifications\":" + modifications + "}"
        : random.nextBoolean() ? "{\"deletions\":" + deletions + "}"
        : "{\"modifications\":" + modifications + ",\"deletions\":" + deletions + "}";
    return Body.json("modifications " + describe(modifications) + (deletions == null ? "" : " deletions "
        + deletions), body);
  }

  /**
   * A message that correlates nothing: an unknown name, or the pathways' one message restricted to a business
   * key and an instance that do not exist (never left out, or it would reach every waiting case).
   */
  Body message() {
    if (random.nextInt(8) == 0) {
      return malformed();
    }
    String name = pick(List.of("null", "\"\"", "\" \"", "12", "{}", "[\"HouseholdLeft\"]", "\"NoSuchMessage\"",
        "\"HouseholdLeft \"", "\"<script>\""));
    StringJoiner body = new StringJoiner(",", "{", "}");
    boolean real = random.nextInt(3) == 0;
    body.add("\"messageName\":" + (real ? "\"HouseholdLeft\"" : name));
    if (real) {
      body.add("\"businessKey\":\"ACC-0000-000000\"");
      body.add("\"processInstanceId\":\"no-such-instance\"");
    }
    String kind = real ? "HouseholdLeft to nobody" : "name " + name;
    switch (random.nextInt(9)) {
      case 0 -> body.add("\"processVariables\":" + variables(TASK_NAMES));
      case 1 -> body.add("\"processVariablesLocal\":" + variables(TASK_NAMES));
      case 2 -> body.add("\"correlationKeys\":" + variables(FORBIDDEN_NAMES));
      case 3 -> body.add("\"localCorrelationKeys\":" + variables(FORBIDDEN_NAMES));
      case 4 -> body.add("\"all\":\"oui\"");
      case 5 -> body.add("\"resultEnabled\":{}");
      case 6 -> body.add("\"processVariablesToTriggeredScope\":[null]");
      case 7 -> body.add("\"tenantId\":[]");
      default -> body.add("\"all\":true");
    }
    String text = body.toString();
    return Body.json("message " + kind + " " + abbreviate(text.substring(text.lastIndexOf(",\"") + 1), 40), text);
  }

  private static String describe(String variables) {
    for (Value value : VALUES) {
      if (variables.contains(":" + value.json())) {
        return value.kind();
      }
    }
    return abbreviate(variables, 30);
  }

  static String quote(String name) {
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  static byte[] twoMegabytes() {
    return ("{\"variables\":{\"a\":{\"value\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}}").getBytes(UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
