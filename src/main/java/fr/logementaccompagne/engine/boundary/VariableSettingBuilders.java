package fr.logementaccompagne.engine.boundary;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.springframework.util.ClassUtils;

/**
 * The engine's fluent builders that carry variables into a case (message correlation, process instance
 * modification, migration): every {@code setVariable...} call is checked against the case's identity before the
 * builder runs. The builder's own fluent interfaces are wrapped as they are handed out, so no chain escapes.
 */
final class VariableSettingBuilders {

  private VariableSettingBuilders() {
  }

  @SuppressWarnings("unchecked")
  static <T> T guard(T builder, VariableWrites writes) {
    Class<?>[] interfaces = ClassUtils.getAllInterfaces(builder);
    return (T) Proxy.newProxyInstance(VariableSettingBuilders.class.getClassLoader(), interfaces,
        (proxy, method, args) -> {
          if (method.getName().startsWith("setVariable") && args != null && args.length > 0) {
            writes.checkIdentity(args[0] instanceof String name ? List.of(name)
                : args[0] instanceof Map<?, ?> variables ? variables.keySet().stream().map(String::valueOf).toList()
                : List.of());
          }
          Object result;
          try {
            result = method.invoke(builder, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result == builder) {
            return proxy;
          }
          return result != null && result.getClass().getSimpleName().endsWith("BuilderImpl")
              ? guard(result, writes) : result;
        });
  }
}
