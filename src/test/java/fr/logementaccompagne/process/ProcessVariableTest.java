package fr.logementaccompagne.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.logementaccompagne.process.ProcessVariable.Choice;
import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.access.AccessPathway.CommissionDecision;
import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One canonical type per variable (ADR 33): each conversion of a person's value on each side of its line (a good
 * value, a value of the wrong kind, blank), strict reading of stored values, and every variable of the process
 * APIs declared once with its type. Plain Java, no engine.
 */
class ProcessVariableTest {

  private static final ProcessVariable<String> TEXT = ProcessVariable.text("t");
  private static final ProcessVariable<Integer> INTEGER = ProcessVariable.integer("i");
  private static final ProcessVariable<Long> IDENTIFIER = ProcessVariable.identifier("id");
  private static final ProcessVariable<BigDecimal> AMOUNT = ProcessVariable.amount("a");
  private static final ProcessVariable<Boolean> FLAG = ProcessVariable.flag("f");
  private static final ProcessVariable<LocalDate> DATE = ProcessVariable.date("d");
  private static final ProcessVariable<CommissionDecision> DECISION =
      ProcessVariable.decision("c", CommissionDecision.class);
  private static final ProcessVariable<List<String>> CODES = ProcessVariable.codes("l");

  @Test
  void blankAndNullAreAbsentForEveryKind() {
    for (ProcessVariable<?> variable : List.of(TEXT, INTEGER, IDENTIFIER, AMOUNT, FLAG, DATE, DECISION, CODES)) {
      assertThat(variable.convert(null)).as(variable.toString()).isNull();
      assertThat(variable.convert("  ")).as(variable.toString()).isNull();
      assertThat(variable.read(null)).as(variable.toString()).isNull();
    }
  }

  @Test
  void textIsKeptExactlyAsSent() {
    assertThat(TEXT.convert(" LILLE ")).isEqualTo(" LILLE ");
    refused(() -> TEXT.convert(12), "texte attendu");
    refused(() -> TEXT.convert(List.of("LILLE")), "texte attendu");
  }

  @Test
  void integerTakesWholeNumbersOnly() {
    assertThat(INTEGER.convert(3L)).isEqualTo(3);
    assertThat(INTEGER.convert("3")).isEqualTo(3);
    assertThat(INTEGER.convert(3.0)).isEqualTo(3);
    refused(() -> INTEGER.convert(3.5), "nombre entier attendu");
    refused(() -> INTEGER.convert("trois"), "nombre entier attendu");
    refused(() -> INTEGER.convert(" 3"), "nombre entier attendu");
    refused(() -> INTEGER.convert(Long.MAX_VALUE), "nombre entier attendu");
    refused(() -> INTEGER.convert(true), "nombre entier attendu");
  }

  @Test
  void identifierTakesWholeNumbersOnly() {
    assertThat(IDENTIFIER.convert(12)).isEqualTo(12L);
    refused(() -> IDENTIFIER.convert(1.5), "identifiant numérique attendu");
  }

  @Test
  void amountTakesNumbersAndKeepsADoubleForCockpit() {
    assertThat(AMOUNT.convert(900)).isEqualByComparingTo("900");
    assertThat(AMOUNT.convert("1234.56")).isEqualByComparingTo("1234.56");
    assertThat(AMOUNT.convert(12.5)).isEqualByComparingTo("12.5");
    refused(() -> AMOUNT.convert("douze"), "montant attendu");
    refused(() -> AMOUNT.convert(Double.NaN), "montant attendu");
    refused(() -> AMOUNT.convert("12,5"), "montant attendu");
    assertThat(AMOUNT.store(new BigDecimal("1234.56"))).isEqualTo(1234.56);
  }

  @Test
  void flagTakesBooleansAndTheirExactText() {
    assertThat(FLAG.convert(true)).isTrue();
    assertThat(FLAG.convert("false")).isFalse();
    refused(() -> FLAG.convert("oui"), "vrai ou faux attendu");
    refused(() -> FLAG.convert("TRUE "), "vrai ou faux attendu");
    refused(() -> FLAG.convert(1), "vrai ou faux attendu");
  }

  @Test
  void dateTakesTheFormsIsoDayAndKeepsIt() {
    assertThat(DATE.convert("2027-03-29")).isEqualTo(LocalDate.of(2027, 3, 29));
    assertThat(DATE.convert("2027-03-29T10:15:00")).isEqualTo(LocalDate.of(2027, 3, 29));
    refused(() -> DATE.convert("29/03/2027"), "date attendue (aaaa-mm-jj)");
    refused(() -> DATE.convert("2027-02-30"), "date attendue (aaaa-mm-jj)");
    refused(() -> DATE.convert(20270329), "date attendue (aaaa-mm-jj)");
    assertThat(DATE.store(LocalDate.of(2027, 3, 29))).isEqualTo("2027-03-29");
  }

  @Test
  void decisionTakesExactlyAName() {
    assertThat(DECISION.convert("ATTRIBUTED")).isEqualTo(CommissionDecision.ATTRIBUTED);
    refused(() -> DECISION.convert("attributed"), "valeur attendue parmi ATTRIBUTED, NOT_ATTRIBUTED, INADMISSIBLE");
    refused(() -> DECISION.convert(" ATTRIBUTED"), "valeur attendue parmi");
    refused(() -> DECISION.convert(1), "valeur attendue parmi");
    assertThat(DECISION.store(CommissionDecision.INADMISSIBLE)).isEqualTo("INADMISSIBLE");
  }

  @Test
  void codesTakeAListOrCommaSeparatedText() {
    assertThat(CODES.convert(List.of("LEAVING_SHELTER", "DALO"))).containsExactly("LEAVING_SHELTER", "DALO");
    assertThat(CODES.convert("LEAVING_SHELTER, DALO,,DALO")).containsExactly("LEAVING_SHELTER", "DALO");
    assertThat(CODES.convert(List.of())).isEmpty();
    // in a list, a code is exactly as sent: its rule refuses " DALO", nobody reads it as DALO
    assertThat(CODES.convert(List.of(" DALO"))).containsExactly(" DALO");
    refused(() -> CODES.convert(List.of("DALO", 3)), "liste de codes attendue");
    refused(() -> CODES.convert(12), "liste de codes attendue");
  }

  @Test
  void choicesAreTheProcesssOwn() {
    ProcessVariable<List<Choice>> options = AccessPathway.Typed.DWELLING_OPTIONS;
    refused(() -> options.convert(List.of("LIL-01")), "liste calculée par le processus, non modifiable");
    Object stored = options.store(List.of(new Choice("T3 à Lille", "LIL-01")));
    assertThat(options.read(stored)).containsExactly(new Choice("T3 à Lille", "LIL-01"));
  }

  @Test
  void storedValuesAreReadStrictly() {
    assertThat(INTEGER.read(4L)).isEqualTo(4);
    assertThat(AMOUNT.read(1234.56)).isEqualByComparingTo("1234.56");
    assertThat(DECISION.read("NOT_ATTRIBUTED")).isEqualTo(CommissionDecision.NOT_ATTRIBUTED);
    assertThatThrownBy(() -> TEXT.read(12)).isInstanceOf(IllegalStateException.class).hasMessageContaining("t holds");
    assertThatThrownBy(() -> INTEGER.read("3")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> INTEGER.read(3.5)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> FLAG.read("true")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DECISION.read("attributed")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CODES.read("A,B")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DATE.read("29/03/2027")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyVariableOfTheProcessApisIsDeclaredOnceWithItsType() {
    List<String> problems = new ArrayList<>();
    for (Class<?> api : List.of(AccessPathway.class, MaintienPathway.class, LitigationCommission.class,
        CaseVariables.class)) {
      Class<?> names = api == CaseVariables.class ? api : nested(api, "Vars");
      Map<String, ProcessVariable<?>> typed = typed(nested(api, "Typed"));
      List<String> declared = constants(names);
      declared.stream().filter(name -> !typed.containsKey(name))
          .forEach(name -> problems.add(api.getSimpleName() + ": " + name + " has no type"));
      typed.keySet().stream().filter(name -> !declared.contains(name))
          .forEach(name -> problems.add(api.getSimpleName() + ": " + name + " typed but not a variable name"));
    }
    ProcessVariables.all().forEach(variable -> assertThat(ProcessVariables.named(variable.name())).contains(variable));
    // a shared name is one variable: the pathways refer to CaseVariables.Typed, they do not declare it again
    Stream.of(AccessPathway.class, MaintienPathway.class, LitigationCommission.class)
        .flatMap(api -> typed(nested(api, "Typed")).values().stream())
        .filter(variable -> ProcessVariables.named(variable.name()).orElseThrow() != variable)
        .forEach(variable -> problems.add(variable + " declared twice"));
    assertThat(problems).isEmpty();
    assertThat(ProcessVariables.named(AccessPathway.Vars.PRIORITY_CATEGORIES).orElseThrow().javaType())
        .isEqualTo(List.class);
  }

  private static void refused(Runnable conversion, String message) {
    assertThatThrownBy(conversion::run).isInstanceOf(VariableConversionException.class)
        .hasMessageContaining(message);
  }

  private static Class<?> nested(Class<?> api, String name) {
    return Arrays.stream(api.getClasses()).filter(type -> type.getSimpleName().equals(name)).findFirst()
        .orElseThrow();
  }

  private static List<String> constants(Class<?> names) {
    return Arrays.stream(names.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
        .map(field -> (String) value(field)).toList();
  }

  private static Map<String, ProcessVariable<?>> typed(Class<?> declarations) {
    Map<String, ProcessVariable<?>> byName = new LinkedHashMap<>();
    Arrays.stream(declarations.getFields()).filter(field -> field.getType() == ProcessVariable.class)
        .map(field -> (ProcessVariable<?>) value(field)).forEach(variable -> byName.put(variable.name(), variable));
    return byName;
  }

  private static Object value(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
