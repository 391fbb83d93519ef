package fr.logementaccompagne.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every {@code /api} route naming a household, a case or an order goes through the caller's scope first. */
@Configuration
public class ScopeConfiguration implements WebMvcConfigurer {

  private final ScopeInterceptor interceptor;

  public ScopeConfiguration(ScopeInterceptor interceptor) {
    this.interceptor = interceptor;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(interceptor).addPathPatterns("/api/**");
  }
}
