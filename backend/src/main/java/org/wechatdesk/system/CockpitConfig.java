package org.wechatdesk.system;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's web apps (Cockpit) under /camunda/, behind the desk's admin login. */
@Configuration(proxyBeanMethods = false)
class CockpitConfig {

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSignIn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of("authentication-provider", CockpitAuthentication.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    // After Spring Security's filter chain (order -100), which has put the logged-in user in place.
    registration.setOrder(0);
    return registration;
  }
}
