package fr.logementaccompagne.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the engine's identity service, on the engine's REST API and on the
 * project's own API. Both are open to anyone by default (DESIGN pitfall 5). The filter sets the engine's
 * current authentication for the request, so engine authorizations apply to {@code /api} calls too.
 */
@Configuration
public class ApiAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("api-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(1);
    return registration;
  }

  /** After authentication, so that the engine REST caller is known. */
  @Bean
  FilterRegistrationBean<ProgrammeFiguresFilter> programmeFiguresFilter(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new ProgrammeFiguresFilter(identityService));
    registration.setName("programme-figures");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(2);
    return registration;
  }
}
