package fr.logementaccompagne.engine.rest;

import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webapps' own engine API ({@code /camunda/api/engine}, the route of Tasklist and Cockpit) is a second JAX-RS
 * application that Camunda's webapp initializer registers as the servlet "Engine Api". It gets the same exception
 * mappers as {@code /engine-rest} ({@link EngineRestConfiguration}), so that a refusal is the same 4xx on both. The
 * servlet exists only once that initializer has run, so the initializer is extended rather than followed.
 */
@Configuration
public class WebappEngineApiConfiguration {

  static final String ENGINE_API_SERVLET = "Engine Api";
  static final String JERSEY_PROVIDERS = "jersey.config.server.provider.classnames";
  /** The starter's bean that registers the webapps' servlets (by name: Operaton's class of it is not public). */
  static final String WEBAPP_INITIALIZER = "camundaBpmWebappInitializer";

  @Bean
  static BeanPostProcessor webappEngineApiMappers() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof ServletContextInitializer webapps) || !WEBAPP_INITIALIZER.equals(beanName)) {
          return bean;
        }
        return (ServletContextInitializer) servletContext -> {
          webapps.onStartup(servletContext);
          ServletRegistration engineApi = servletContext.getServletRegistration(ENGINE_API_SERVLET);
          if (engineApi != null) {
            engineApi.setInitParameter(JERSEY_PROVIDERS, Stream.of(EngineRestConfiguration.sharedProviders())
                .map(Class::getName).collect(Collectors.joining(",")));
          }
        };
      }
    };
  }
}
