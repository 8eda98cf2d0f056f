package org.wechatdesk.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Opens the demo's own endpoints ahead of the main filter chain: the WeChat stand-in, which WxJava
 * calls without a session like the real WeChat, and the fan simulator's API, which stands for
 * anonymous fans. Without the demo profile this chain does not exist and the main chain denies
 * these paths.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSecurityConfig {

  @Bean
  @Order(0)
  SecurityFilterChain demoFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/demo/wechat-api/**", "/demo/wechat-open/**", "/api/demo/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        // Neither WeChat nor a simulated fan holds a desk session that a forged request could ride
        // on.
        .csrf(csrf -> csrf.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable());
    return http.build();
  }
}
