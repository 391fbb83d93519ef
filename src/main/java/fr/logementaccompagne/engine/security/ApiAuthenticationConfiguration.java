package fr.logementaccompagne.engine.security;

import fr.logementaccompagne.security.LoginThrottle;
import fr.logementaccompagne.security.LoginThrottleSettings;
import fr.logementaccompagne.security.PasswordVerificationGuard;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the engine's identity service, on the engine's REST API and on the
 * project's own API. Both are open to anyone by default (docs/design.md pitfall 5). The filter sets the engine's
 * current authentication for the request, so engine authorizations apply to {@code /api} calls too.
 * Login throttling (ADR 13) runs just before it, and before the webapps' login form; the engine's
 * password-verification route is closed.
 */
@Configuration
public class ApiAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
      LoginThrottleSettings settings, CamundaBpmProperties camunda) {
    String webapp = camunda.getWebapp().getApplicationPath();
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, webapp));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", webapp + "/api/admin/auth/user/*",
        webapp + "/api/engine/*");
    registration.setEnabled(settings.isEnabled());
    // after the body size limit (0), before authentication (2)
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PasswordVerificationGuard> passwordVerificationGuard(CamundaBpmProperties camunda) {
    var registration = new FilterRegistrationBean<>(new PasswordVerificationGuard());
    registration.setName("password-verification-guard");
    registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    // before anything reads the body or checks a password
    registration.setOrder(0);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("api-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(2);
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
