package fr.logementaccompagne.process;

import fr.logementaccompagne.process.access.AccessPathway;
import fr.logementaccompagne.process.litigation.LitigationCommission;
import fr.logementaccompagne.process.maintien.MaintienPathway;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every typed variable of the process APIs by name: what the engine's boundary converts a person's values with,
 * whatever route they came by. A name means one variable with one type in every pathway (ProcessApiTest).
 */
public final class ProcessVariables {

  private static final Map<String, ProcessVariable<?>> BY_NAME = collect(CaseVariables.Typed.class,
      AccessPathway.Typed.class, MaintienPathway.Typed.class, LitigationCommission.Typed.class);

  private ProcessVariables() {
  }

  public static Optional<ProcessVariable<?>> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static Collection<ProcessVariable<?>> all() {
    return BY_NAME.values();
  }

  private static Map<String, ProcessVariable<?>> collect(Class<?>... declarations) {
    Map<String, ProcessVariable<?>> byName = new LinkedHashMap<>();
    Stream.of(declarations).flatMap(type -> Arrays.stream(type.getFields()))
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class)
        .map(ProcessVariables::value)
        .forEach(variable -> byName.putIfAbsent(variable.name(), variable));
    return Map.copyOf(byName);
  }

  private static ProcessVariable<?> value(Field field) {
    try {
      return (ProcessVariable<?>) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
