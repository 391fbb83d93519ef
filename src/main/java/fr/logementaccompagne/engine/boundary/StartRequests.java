package fr.logementaccompagne.engine.boundary;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * How a person may ask for a new case, on any route: at the start of its pathway, with every listener, and without
 * choosing its reference. The business key is the case reference, handed out by the system; a chosen one could take
 * the next number and make a later legitimate intake fail. What the start carries is checked by {@link StartDoorListener}.
 */
class StartRequests {

  private static final Set<String> INSTRUCTIONS = Set.of("startBeforeActivity", "startAfterActivity",
      "startTransition");

  private final ProcessEngineConfigurationImpl configuration;

  StartRequests(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  void requireNoBusinessKey(String businessKey) {
    if (businessKey != null && !businessKey.isBlank() && Caller.ofOuterCall(configuration).isPresent()) {
      throw new BadUserRequestException(
          "La référence du dossier (clé métier) est attribuée par le système : ne la fournissez pas");
    }
  }

  /** The builder as is for the system; for a person, one that refuses a chosen key and partial starts. */
  ProcessInstantiationBuilder guard(ProcessInstantiationBuilder builder) {
    if (Caller.ofOuterCall(configuration).isEmpty()) {
      return builder;
    }
    return (ProcessInstantiationBuilder) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ProcessInstantiationBuilder.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("businessKey")) {
            requireNoBusinessKey((String) args[0]);
          } else if (INSTRUCTIONS.contains(name)) {
            throw new BadUserRequestException("Un dossier commence au début de son parcours : "
                + "les instructions de démarrage sont réservées aux administrateurs");
          } else if (name.startsWith("execute") && args != null && (Boolean) args[0] | (Boolean) args[1]) {
            throw new BadUserRequestException(
                "Un dossier démarre avec toutes ses étapes : skipCustomListeners et skipIoMappings sont refusés");
          }
          try {
            Object result = method.invoke(builder, args);
            return result == builder ? proxy : result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
