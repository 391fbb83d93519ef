package fr.logementaccompagne.engine.deployment;

import fr.logementaccompagne.engine.step.StepAdapter;
import fr.logementaccompagne.process.CalledByModels;
import fr.logementaccompagne.process.step.ProcessStep;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The Spring beans that expressions in the models may resolve: the project's delegates and listeners, and the
 * project beans marked {@link CalledByModels}. Never an engine service nor a framework bean.
 *
 * <p>Given to the engine as its {@code beans} map, which limits what expressions resolve. Beans are looked up when
 * an expression names them, not when the engine starts: the delegates depend on engine services, which do not exist
 * yet while the engine is being built.
 */
public class ModelBeans extends AbstractMap<Object, Object> {

  static final String PROJECT_PACKAGE = "fr.logementaccompagne.";
  private static final Set<Class<?>> DELEGATE_TYPES = Set.of(JavaDelegate.class, TaskListener.class,
      ExecutionListener.class, ProcessStep.class);

  private final ApplicationContext context;
  /** One adapter per step bean: the engine resolves a bean on every call. */
  private final Map<String, StepAdapter> adapters = new ConcurrentHashMap<>();

  public ModelBeans(ApplicationContext context) {
    this.context = context;
  }

  public static boolean isProjectClass(Class<?> type) {
    return type != null && ClassUtils.getUserClass(type).getName().startsWith(PROJECT_PACKAGE);
  }

  /** A bean that models may name. */
  public boolean isExposed(String name) {
    if (name == null || !context.containsBean(name)) {
      return false;
    }
    Class<?> type = context.getType(name, false);
    if (!isProjectClass(type)) {
      return false;
    }
    Class<?> userClass = ClassUtils.getUserClass(type);
    return userClass.isAnnotationPresent(CalledByModels.class)
        || DELEGATE_TYPES.stream().anyMatch(delegate -> delegate.isAssignableFrom(userClass));
  }

  /** A bean of the application that models may not name (an engine service, a repository, a framework bean). */
  public boolean isHidden(String name) {
    return context.containsBean(name) && !isExposed(name);
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && isExposed(name);
  }

  /** The bean, or for an engine-free {@link ProcessStep} the adapter that runs it for the engine. */
  @Override
  public Object get(Object key) {
    return containsKey(key) ? forEngine((String) key) : null;
  }

  private Object forEngine(String name) {
    Object bean = context.getBean(name);
    return bean instanceof ProcessStep step
        ? adapters.compute(name, (key, known) -> known != null && known.step() == step ? known : new StepAdapter(step))
        : bean;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    Map<Object, Object> exposed = new LinkedHashMap<>();
    Arrays.stream(context.getBeanDefinitionNames()).filter(this::isExposed)
        .forEach(name -> exposed.put(name, forEngine(name)));
    return exposed.entrySet();
  }
}
