package fr.logementaccompagne.engine.deployment;

import java.beans.FeatureDescriptor;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateCaseExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * First resolver of every expression the engine evaluates (models, task filters, queries): a property read or a
 * method call is let through only on a project bean, on {@code execution}/{@code task} for their variables and
 * plain identifiers, and on plain values. It resolves nothing itself; what it lets through, the engine's own
 * resolvers resolve. Defence in depth behind {@link ModelCodeParseListener}: it holds for models deployed before
 * the check existed and for expressions that never pass through a deployment.
 */
class ModelElResolver extends ELResolver {

  private static final Set<String> READ_ONLY_CONTAINER_CALLS = Set.of("get", "getOrDefault", "containsKey",
      "containsValue", "contains", "containsAll", "size", "isEmpty", "indexOf", "lastIndexOf", "equals", "hashCode",
      "toString", "keySet", "values");
  private static final Set<String> JSON_CALLS = Set.of("prop", "hasProp", "elements", "fieldNames", "stringValue",
      "numberValue", "boolValue", "value", "isString", "isNumber", "isBoolean", "isArray", "isObject", "isNull",
      "isValue", "indexOf", "lastIndexOf", "contains", "equals", "toString");
  private static final Set<String> ENUM_CALLS = Set.of("name", "ordinal", "toString", "equals", "compareTo");

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null) {
      requireAllowed(base, String.valueOf(property), false);
    }
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base != null) {
      requireAllowed(base, String.valueOf(method), true);
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (base != null) {
      throw new PropertyNotWritableException(refusal(base, String.valueOf(property)));
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (base != null) {
      requireAllowed(base, String.valueOf(property), false);
    }
    return null;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }

  private static void requireAllowed(Object base, String member, boolean call) {
    if (!allowed(base, member, call)) {
      throw new ELException(refusal(base, member));
    }
  }

  static boolean allowed(Object base, String member, boolean call) {
    if (ModelMembers.NEVER.contains(member) || ModelMembers.isSetter(member)) {
      return false;
    }
    if (base instanceof DelegateExecution || base instanceof DelegateTask || base instanceof DelegateCaseExecution) {
      return ModelMembers.onScope(member, call);
    }
    if (ModelBeans.isProjectClass(base.getClass())) {
      return ModelMembers.onProjectBean(member);
    }
    if (base instanceof CharSequence || base instanceof Number || base instanceof Boolean
        || base instanceof Character || base instanceof TemporalAccessor || base instanceof Date
        || base.getClass().getName().startsWith("org.joda.time.")) {
      return true;
    }
    if (base instanceof Enum<?>) {
      return !call || ENUM_CALLS.contains(member);
    }
    if (base instanceof Collection<?> || base instanceof Map<?, ?>) {
      return !call || READ_ONLY_CONTAINER_CALLS.contains(member);
    }
    if (base.getClass().isArray()) {
      return !call;
    }
    if (base instanceof SpinJsonNode) {
      return JSON_CALLS.contains(member);
    }
    return false;
  }

  private static String refusal(Object base, String member) {
    return "Expression refusée : '%s' sur un objet %s n'est pas permis (seuls les beans du projet, les variables et "
        .formatted(member, base.getClass().getSimpleName()) + "les valeurs simples le sont)";
  }
}
