package org.wechatdesk.system;

import jakarta.servlet.Filter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The desk's own security chain in a {@code @WebMvcTest} slice, so that a controller's rules (who
 * may call it, CSRF, the error shape of a refusal) are tested without starting the server: users
 * come from {@code @WithMockUser}, fans never sign in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({SecurityConfig.class, TransportSecurity.class, WebSliceSecurity.Users.class})
@TestPropertySource(properties = "desk.public-base-url=http://localhost")
public @interface WebSliceSecurity {

  @TestConfiguration
  class Users {

    /** A user whose session the chain re-checks is always still there and enabled. */
    @Bean
    UserDetailsService users() {
      return username -> User.withUsername(username).password("{noop}x").roles("AGENT").build();
    }

    @Bean
    FanAuthentication fanAuthentication() {
      Filter noFan = (request, response, chain) -> chain.doFilter(request, response);
      return () -> noFan;
    }
  }
}
