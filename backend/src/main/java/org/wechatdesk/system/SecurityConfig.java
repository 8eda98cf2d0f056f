package org.wechatdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Every API is behind a login; admin APIs, the API's OpenAPI description and Camunda's Cockpit need
 * ADMIN, the monitor, the reports and the wallboard SUPERVISOR or ADMIN. The WeChat push endpoint
 * is the one exception: WeChat cannot log in, so it is authenticated by its signature inside the
 * controller instead. Fans on the H5 chat page reach its API only, as the visitor their cookie
 * names. Every answer carries the {@link SecurityHeaders}, and HSTS when the desk is reached over
 * TLS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  /**
   * The XSRF-TOKEN cookie, read by the desk's web app (so not HttpOnly), sent to the desk's own
   * pages only (SameSite=Lax) and only over TLS when the desk is reached that way.
   */
  @Bean
  CsrfTokenRepository csrfTokenRepository(TransportSecurity transport) {
    CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieCustomizer(
        cookie -> {
          cookie.sameSite("Lax");
          if (transport.publicAddressIsHttps()) {
            cookie.secure(true);
          }
        });
    return tokens;
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      ObjectMapper json,
      UserDetailsService users,
      FanAuthentication fans,
      CsrfTokenRepository csrfTokens,
      TransportSecurity transport)
      throws Exception {
    http
        // Before the anonymous filter, so that a request whose session was just ended goes on as
        // anonymous.
        .addFilterBefore(new EndSessionsOfDisabledUsers(users), AnonymousAuthenticationFilter.class)
        .addFilterBefore(fans.filter(), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/wechat/push/**")
                    .permitAll()
                    // The third-party platform's event and message URLs: WeChat signs what it
                    // posts there, checked like a push.
                    .requestMatchers(
                        HttpMethod.POST, "/wechat/component/events", "/wechat/component/*/messages")
                    .permitAll()
                    .requestMatchers("/api/auth/login", "/api/auth/csrf")
                    .permitAll()
                    // A fan rates through the token in the rating link; fans have no desk login.
                    .requestMatchers("/api/rating-page/**")
                    .permitAll()
                    // The H5 chat link identifies the fan (web authorization or an anonymous
                    // visitor cookie) itself.
                    .requestMatchers(HttpMethod.GET, "/h5/*", "/h5/*/authorized")
                    .permitAll()
                    // WeChat fetches a web-authorization domain's verification file from the root.
                    .requestMatchers(HttpMethod.GET, "/MP_verify_*.txt")
                    .permitAll()
                    .requestMatchers("/api/h5/**")
                    .hasRole(FanAuthentication.ROLE)
                    // Agents' pictures, which fans see on the H5 page; uploading one is an admin
                    // API.
                    .requestMatchers(HttpMethod.GET, "/avatars/*")
                    .permitAll()
                    .requestMatchers(
                        "/api/admin/**",
                        "/camunda/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .hasRole("ADMIN")
                    // Watching and steering every agent's conversations, and the figures of
                    // their work.
                    .requestMatchers("/api/monitor/**", "/api/reports/**", "/api/wallboard/**")
                    .hasAnyRole("SUPERVISOR", "ADMIN")
                    .requestMatchers("/api/**", "/ws/**")
                    .hasAnyRole("AGENT", "SUPERVISOR", "ADMIN")
                    .requestMatchers(
                        "/", "/index.html", "/assets/**", "/favicon.svg", "/favicon.ico", "/error")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .csrf(
            csrf ->
                csrf
                    // Cockpit protects its own requests with its own CSRF token.
                    .ignoringRequestMatchers(
                        "/wechat/push/**",
                        "/wechat/component/events",
                        "/wechat/component/*/messages",
                        "/camunda/**")
                    .csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
        .headers(
            headers ->
                headers
                    .httpStrictTransportSecurity(
                        hsts ->
                            hsts.requestMatcher(transport::secure)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY)))
                    .addHeaderWriter(
                        new StaticHeadersWriter(
                            "Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            SecurityHeaders.DESK_PAGES,
                            new StaticHeadersWriter(
                                "Content-Security-Policy",
                                SecurityHeaders.CONTENT_SECURITY_POLICY))))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          if (CockpitPages.openedInBrowser(request)) {
                            response.sendRedirect(CockpitPages.LOGIN);
                          } else {
                            writeError(
                                response,
                                json,
                                HttpStatus.UNAUTHORIZED,
                                RequestError.LOGIN_REQUIRED);
                          }
                        })
                    .accessDeniedHandler(
                        (request, response, e) -> {
                          if (CockpitPages.openedInBrowser(request)) {
                            response.sendRedirect(CockpitPages.DENIED);
                          } else {
                            writeError(
                                response, json, HttpStatus.FORBIDDEN, RequestError.FORBIDDEN);
                          }
                        }))
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable());
    return http.build();
  }

  /**
   * A request the firewall refuses (an encoded "..", say) never reaches the header writers of the
   * chain.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) -> {
      SecurityHeaders.writeContainerErrorHeaders(response);
      response.sendError(HttpStatus.BAD_REQUEST.value());
    };
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** Announces each login, so that {@link NewCsrfTokenAtLogin} replaces the XSRF token. */
  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService users, PasswordEncoder encoder, AuthenticationEventPublisher events) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    ProviderManager manager = new ProviderManager(provider);
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  private static void writeError(
      jakarta.servlet.http.HttpServletResponse response,
      ObjectMapper json,
      HttpStatus status,
      ErrorCode code)
      throws java.io.IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), ApiError.of(code));
  }
}
